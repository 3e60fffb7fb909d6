"""Any interleaving of patches on a few attributes: patch objects made, entered (again while
active, too), left normally or by an exception in any order the contract allows (per
attribute, in reverse order of entry), used as decorators and in decorated recursion, and
entered on targets that refuse the attribute. After every step each watched attribute must
match the model: the stack of what it holds, per attribute (tests/conftest.py)."""

from hypothesis import Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule, run_state_machine_as_test

from judge.testing import asking, support

KEYS = [
    "settings.timeout", "settings.cache", "settings.missing_flag",
    "Config.load", "Config.create", "Config.size", "Config.retries", "Config.extra",
    "config.name", "config.retries", "config.describe",
    "Base.level", "Child.level",
]
REFUSED = [["point", "z"], ["point", "dims"], ["int", "answer"]]
MAX_OPEN = 6


def machine(new_checker):
    class NestedPatches(RuleBasedStateMachine):
        @initialize(keys=st.lists(st.sampled_from(KEYS), min_size=1, max_size=3, unique=True))
        def scene(self, keys):
            self.keys = keys
            self.open = []  # bids, in the order they were entered
            self.pids = []
            self.count = 0
            scene = support().new_scene()
            self.check = new_checker(scene["baseline"], scene["forbidden"])

        def do(self, *steps):
            story = "; ".join(part for part in (self.check.text(), new_checker.describe_steps(steps)) if part)
            with asking(story):
                result = support().run([list(s) for s in steps], False)
            for step, record in zip(steps, result["records"]):
                self.check.apply(list(step), record)
            self.check.forbidden(result["forbidden"])

        def fresh(self, prefix):
            self.count += 1
            return f"{prefix}{self.count}"

        @rule(data=st.data(), none=st.integers(0, 4))
        def make(self, data, none):
            target, name = data.draw(st.sampled_from(self.keys), label="attribute").split(".")
            pid = self.fresh("p")
            self.do(["patch", pid, target, name, None if none == 0 else f"v{self.count}"])
            self.pids.append(pid)

        @precondition(lambda self: self.pids and len(self.open) < MAX_OPEN)
        @rule(data=st.data())
        def enter(self, data):
            pid = data.draw(st.sampled_from(self.pids), label="patch")
            bid = self.fresh("b")
            self.do(["enter", bid, pid])
            self.open.append(bid)

        @precondition(lambda self: self.open)
        @rule(data=st.data(), raising=st.booleans())
        def leave(self, data, raising):
            # per attribute, patches are left in reverse order of entry: only the latest may go
            latest = {}
            for bid in self.open:
                latest[self.check.patches[self.check.blocks[bid]]["key"]] = bid
            bid = data.draw(st.sampled_from(sorted(latest.values())), label="block")
            self.do(["raise" if raising else "leave", bid])
            self.open.remove(bid)

        @precondition(lambda self: self.pids)
        @rule(data=st.data(), fails=st.booleans())
        def call(self, data, fails):
            pid = data.draw(st.sampled_from(self.pids), label="patch")
            self.do(["call", self.fresh("f"), pid, fails])

        @precondition(lambda self: self.pids)
        @rule(data=st.data(), depth=st.integers(1, 3), fails=st.booleans())
        def recurse(self, data, depth, fails):
            pid = data.draw(st.sampled_from(self.pids), label="patch")
            self.do(["recurse", pid, depth, fails])

        @rule(which=st.sampled_from(REFUSED))
        def refused(self, which):
            pid, bid = self.fresh("p"), self.fresh("b")
            self.do(["patch", pid, which[0], which[1], f"v{self.count}"], ["enter", bid, pid])

        @precondition(lambda self: self.open)
        @rule()
        def leave_all(self):
            # leave what is still open, innermost first: everything must be as it was at the start
            # (a rule rather than a teardown check, so that a failing sequence shrinks to end here)
            while self.open:
                bid = self.open.pop()
                self.do(["leave", bid])

    return NestedPatches


def test_nested_patches_match_the_model(new_checker):
    # No explain phase: it reruns the failing sequence many times and adds nothing to the feedback.
    quick = settings(max_examples=100, stateful_step_count=20, phases=[Phase.explicit, Phase.generate, Phase.shrink])
    run_state_machine_as_test(lambda: machine(new_checker)(), settings=quick)
