"""Any sequence of transfers, one at a time, against a model: a list of balances. A transfer
moves the money and returns None, or raises ValueError and changes nothing, exactly when
the contract says so."""

from hypothesis import Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule, run_state_machine_as_test


def machine(open_bank):
    class TransfersAgainstModel(RuleBasedStateMachine):
        @initialize(
            start=st.lists(st.integers(min_value=0, max_value=50), min_size=2, max_size=4),
            data=st.data(),
        )
        def open(self, start, data):
            ids = data.draw(st.lists(st.integers(-10, 99), min_size=len(start), max_size=len(start), unique=True))
            self.bank = open_bank(start, ids)

        @precondition(lambda self: hasattr(self, "bank"))
        @rule(data=st.data(), amount=st.integers(min_value=-3, max_value=60))
        def transfer(self, data, amount):
            n = len(self.bank.model)
            i = data.draw(st.integers(0, n - 1), label="src")
            j = data.draw(st.integers(0, n - 1), label="dst")
            have = self.bank.model[i]
            if i == j:
                self.bank.refuse(i, j, amount, "src is dst")
            elif amount <= 0:
                self.bank.refuse(i, j, amount, f"the amount {amount} is not more than 0")
            elif have < amount:
                self.bank.refuse(i, j, amount, f"{'abcd'[i]}.balance is {have}, less than {amount}")
            else:
                self.bank.move(i, j, amount)

    return TransfersAgainstModel


def test_transfers_match_the_model(bank):
    # No explain phase: it reruns the failing sequence many times and adds nothing to the feedback.
    quick = settings(max_examples=80, stateful_step_count=12, phases=[Phase.explicit, Phase.generate, Phase.shrink])
    run_state_machine_as_test(lambda: machine(bank)(), settings=quick)


def test_many_accounts_match_the_reference(engine):
    # The transfers the performance group measures, at a size it uses: every result and
    # every balance at the end must be the reference's.
    engine.check_answers("transfers", 2_000, what="transfer() between random accounts, in one thread",
                         size_name="n (accounts and transfers)")
