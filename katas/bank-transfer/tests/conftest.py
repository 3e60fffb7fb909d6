"""The model both test files judge against, offered as the `bank` fixture: `bank(balances)`
opens the judge's accounts (named a, b, c… in messages), and `move` / `refuse` make one
transfer in a thread of its own and check it against the contract."""

import pytest

from judge.testing import RemoteError, TooSlow, WrongAnswer, asking

NAMES = "abcdefgh"
# How long one transfer may take before it counts as never returning. Once one has hung in
# this group (so the submission does hang), later ones get less time, and after a few more
# every transfer fails at once with the smallest hanging sequence seen: each hang leaves a
# thread waiting forever, and hypothesis must be able to shrink a hanging sequence quickly.
HANGS = {"wait_s": 2.0, "seen": 0, "story": None}
HANGS_BEFORE_GIVING_UP = 8


class Bank:
    def __init__(self, support, start, ids=None):
        self.support = support
        self.ids = list(ids or range(1, len(start) + 1))
        self.accounts = [support.Account(i, b) for i, b in zip(self.ids, start)]
        self.model = list(start)
        self.log = [", ".join(f"{NAMES[k]} = Account(id={i}, balance={b})" for k, (i, b) in enumerate(zip(self.ids, start)))]
        self.refused_before = False

    def _story(self) -> str:
        return "; ".join(self.log)

    def _asked(self) -> str:
        """The last transfer, in the learner's terms: "transfer(b, a, 1) after transfer(a, b, 100), where a = …"."""
        *_, last = self.log
        before = self.log[1:-1]
        return f"{last}{' after ' + ', '.join(before) if before else ''}, where {self.log[0]}"

    def _balances_text(self, values) -> str:
        return ", ".join(f"{NAMES[k]}.balance {v}" for k, v in enumerate(values))

    def _call(self, i, j, amount):
        self.log.append(f"transfer({NAMES[i]}, {NAMES[j]}, {amount})")
        if HANGS["seen"] >= HANGS_BEFORE_GIVING_UP:
            raise TooSlow(HANGS["story"])
        waited = HANGS["wait_s"]
        # the judge's thread waits `waited` s for the transfer; the whole call runs out of time only
        # when the transfer keeps the interpreter busy the whole while
        with asking(self._asked(), if_slow="a transfer is a few reads and writes of two balances under two locks: "
                                           "nothing in it should compute for seconds"):
            outcome = self.support.attempt(self.accounts[i], self.accounts[j], amount, self.accounts, waited)
        if "hung" in outcome:
            HANGS["wait_s"] = 0.25
            if i == j:
                why = ("a threading.Lock is not reentrant, so taking the same account's lock twice waits forever: "
                       "refuse src is dst with ValueError before taking any lock")
            elif self.refused_before:
                why = ("an earlier transfer raised ValueError while holding a lock and never released it: "
                       "take locks in `with` blocks so they are released whatever happens")
            else:
                why = "it waited for a lock that nothing would release"
            story = f"{self._story()}: the last transfer never returned (waited {waited:g} s); {why}"
            if HANGS["story"] is None or len(story) <= len(HANGS["story"]):
                HANGS["story"] = story
            HANGS["seen"] += 1
            raise TooSlow(story)
        return outcome

    def _check_balances(self, got, note: str) -> None:
        if got != self.model:
            raise WrongAnswer(f"{self._story()}: then {self._balances_text(got)}, expected {self._balances_text(self.model)}: {note}")

    def move(self, i, j, amount) -> None:
        """A transfer the contract allows: it returns None and moves the money."""
        outcome = self._call(i, j, amount)
        if "raised" in outcome:
            info = outcome["raised"]
            if "ValueError" in info["mro"]:
                raise WrongAnswer(
                    f"{self._story()}: the last transfer raised ValueError: {info['message']}, expected it to move {amount} "
                    f"({NAMES[i]} had {self.model[i]}, enough for {amount})"
                )
            raise RemoteError(info, self._story())
        if outcome["returned"] is not None:
            raise WrongAnswer(f"{self._story()}: the last transfer returned {outcome['returned']!r}, expected None")
        self.model[i] -= amount
        self.model[j] += amount
        self._check_balances(outcome["balances"], f"the last transfer moves {amount} from {NAMES[i]} to {NAMES[j]}")

    def refuse(self, i, j, amount, why: str) -> None:
        """A transfer the contract refuses: ValueError, and no balance changes."""
        outcome = self._call(i, j, amount)
        if "returned" in outcome:
            self._check_balances(outcome["balances"], f"the last transfer must raise ValueError and change nothing, because {why}")
            raise WrongAnswer(f"{self._story()}: the last transfer returned {outcome['returned']!r}, expected ValueError because {why}")
        info = outcome["raised"]
        if "ValueError" not in info["mro"]:
            raise WrongAnswer(f"{self._story()}: the last transfer raised {info['type']}: {info['message']}, expected ValueError because {why}")
        self.refused_before = True
        self._check_balances(outcome["balances"], f"a refused transfer changes nothing ({why})")


@pytest.fixture
def bank(support):
    """bank(start_balances, ids=None) -> Bank."""

    def open_bank(start, ids=None):
        return Bank(support, start, ids)

    return open_bank
