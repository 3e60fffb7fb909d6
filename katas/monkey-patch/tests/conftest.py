"""The model both test files judge against, offered as the `play` and `new_checker` fixtures.

support.py runs steps with the submission's `patch` in the solution process and reports,
after each step, what every watched attribute looks like. `Checker` keeps the model — for
each attribute, the stack of what it must hold: at the bottom the original (or "absent",
when the name was not in vars(target)), then one entry per active patch, innermost last —
replays the steps and raises a wrong answer at the first difference, in the learner's terms:
"…; block b1 raises BlockError('raised in block b1'): then Config.load is a function, but it
was a staticmethod before the patch: …".
"""

import pytest

from judge.testing import InternalError, WrongAnswer, asking, raise_reported

# a target's class or base class, for what getattr finds when the target only inherits the name
PARENT = {"config": "Config", "Child": "Base"}
PARENT_SHOWN = {"config": "its class Config", "Child": "Base"}
REFUSING = {"int": "int is a built-in type", "point": "point is a Point with __slots__ = ('x', 'y')"}
ORIGINAL = "original"
ABSENT = "absent"
SPECIAL = ("a staticmethod", "a classmethod", "a property")
ARGS = [[1, "two"], {"key": 3}]


def shown(label) -> str:
    return "None" if label is None else label


def describe_steps(steps) -> str:
    """The steps as the learner reads them, in the words of Checker's story: what the calls
    made through support.run are named by (its own name would tell the learner nothing)."""
    said = []
    for step in steps:
        kind = step[0]
        if kind == "patch":
            _, pid, target, name, label = step
            said.append(f"{pid} = patch({target}, {name!r}, {shown(label)})")
        elif kind == "enter":
            said.append(f"`with {step[2]} as v:` opens block {step[1]}")
        elif kind == "leave":
            said.append(f"block {step[1]} ends")
        elif kind == "raise":
            said.append(f"block {step[1]} raises BlockError('raised in block {step[1]}')")
        elif kind == "call":
            _, cid, pid, fails = step
            said.append(f"{cid} = a function decorated with @{pid}; {cid}(1, 'two', key=3)"
                        + (", which raises FuncError" if fails else ""))
        elif kind == "recurse":
            _, pid, depth, fails = step
            said.append(f"a recursive function decorated with @{pid}, called {depth} level{'s' if depth > 1 else ''} deep"
                        + (", the innermost level raising FuncError" if fails else ""))
        else:
            raise InternalError(f"a step of a kind the model does not know: {step!r}")
    return "; ".join(said)


class Checker:
    """One scene's model; `apply(step, record)` checks one step's report."""

    describe_steps = staticmethod(describe_steps)  # for test files, which reach the class through a fixture

    def __init__(self, baseline: dict, forbidden: list) -> None:
        self.baseline = baseline
        self.stacks = {key: [ORIGINAL if seen["in_vars"] else ABSENT] for key, seen in baseline.items()}
        self.patches: dict[str, dict] = {}  # pid -> {"key", "target", "name", "label"}
        self.blocks: dict[str, str] = {}  # open bid -> pid
        self.nested: set[str] = set()  # keys that have had two patches active at once
        self.entered: set[str] = set()  # pids entered at least once
        self.story: list[str] = []
        self.forbidden(forbidden)

    # story -------------------------------------------------------------------------------
    def text(self) -> str:
        return "; ".join(self.story)

    def fail(self, sentence: str):
        raise WrongAnswer(f"{self.text()}: {sentence}")

    def forbidden(self, loaded: list) -> None:
        if loaded:
            raise WrongAnswer(
                f"{' and '.join(loaded)} is loaded in your solution's process: unittest.mock and the mock package are "
                "forbidden in this kata, whose point is to write the save-and-restore yourself"
            )

    # steps -------------------------------------------------------------------------------
    def apply(self, step: list, record: dict) -> None:
        outcome, state = record["outcome"], record["state"]
        if "skipped" in outcome:
            raise InternalError(f"the step {step!r} refers to a patch or block that the model never opened")
        getattr(self, "_" + step[0])(step, outcome, state)

    def _patch(self, step, outcome, state) -> None:
        _, pid, target, name, label = step
        self.story.append(f"{pid} = patch({target}, {name!r}, {shown(label)})")
        if "raised" in outcome:
            if target in REFUSING:
                raised = outcome["raised"]
                self.fail(
                    f"making the patch raised {raised['type']}: {raised['message']}; only entering it may raise "
                    "(a patch is often made long before it is used, as a decorator for instance)"
                )
            raise_reported(outcome["raised"], self.text())
        self.patches[pid] = {"key": f"{target}.{name}", "target": target, "name": name, "label": label}
        self.check_state(state, "then", "making a patch must change nothing; entering it does")

    def _enter(self, step, outcome, state) -> None:
        _, bid, pid = step
        patch = self.patches[pid]
        again = pid in self.blocks.values()
        self.story.append(f"`with {pid} as v:` opens block {bid}" + (f" ({pid} is already active)" if again else ""))
        if patch["target"] in REFUSING:
            self._refused(patch, outcome)
            self.check_state(state, "then", "")
            return
        if "raised" in outcome:
            times = "again while it is active" if again else "a second time" if pid in self.entered else ""
            raise_reported(outcome["raised"], f"{self.text()}: entering {pid} {times}".rstrip())
        self.entered.add(pid)
        if not outcome["same"]:
            self.fail(f"v is {outcome['returned']}, expected {shown(patch['label'])}, the value patched in: "
                      "entering returns the value, not the patch object")
        key = patch["key"]
        if len(self.stacks[key]) > 1:
            self.nested.add(key)
        self.stacks[key].append(("value", pid))
        self.blocks[bid] = pid
        self.check_state(state, f"inside block {bid}", "entering sets the value, whatever was there")

    def _refused(self, patch, outcome) -> None:
        target, name = patch["target"], patch["name"]
        expected = outcome["expected"]
        if expected is None:
            raise InternalError(f"setattr({target}, {name!r}, ...) did not raise in the judge's own twin of {target}")
        call = f"setattr({target}, {name!r}, {shown(patch['label'])})"
        want = f"{expected['type']}: {expected['message']}"
        if "returned" in outcome:
            self.fail(f"entering returned {outcome['returned']}, expected it to raise what {call} raises, {want} "
                      f"({REFUSING[target]})")
        raised = outcome["raised"]
        if raised["type"] != expected["type"] or raised["message"] != expected["message"]:
            got = f"{raised['type']}: {raised['message']}"
            if "vars()" in raised["message"] or "__dict__" in raised["message"]:
                hint = "it has no __dict__, so setattr must get its say before vars() is read"
            else:
                hint = "let setattr's own exception out, do not raise one of your own"
            self.fail(f"entering raised {got}, expected exactly what {call} raises, {want} ({REFUSING[target]}): "
                      f"{hint}")
        if outcome["reads"]:
            self.fail(f"entering read {target}.{name} before setattr refused it: where the attribute cannot be set, "
                      "entering must raise what setattr raises before reading or changing anything")
        if outcome["before"] != outcome["after"]:
            self.fail(f"entering raised as it should, but {target} changed: before {outcome['before']}, after "
                      f"{outcome['after']}: entering must raise before changing anything")

    def _leave(self, step, outcome, state) -> None:
        bid = step[1]
        self.story.append(f"block {bid} ends")
        if "raised" in outcome:
            raise_reported(outcome["raised"], self.text())
        self._pop(bid)
        self.check_state(state, "then", "")

    def _raise(self, step, outcome, state) -> None:
        bid = step[1]
        self.story.append(f"block {bid} raises BlockError('raised in block {bid}')")
        if "swallowed" in outcome:
            self.fail("the with statement swallowed it (the code after the block ran): the block's exception must "
                      "propagate unchanged, so __exit__ returns False")
        if "other" in outcome:
            other = outcome["other"]
            got = f"{other['type']}({other['message']!r})"
            if outcome["same_type"]:
                self.fail(f"what came out of the with statement was a new {got}, not the very exception the block "
                          "raised: return False from __exit__ and let it propagate unchanged")
            self.fail(f"what came out of the with statement was {got}, not the BlockError the block raised: the "
                      "exception must propagate unchanged, not be replaced by another")
        self._pop(bid)
        self.check_state(state, "then", "leaving must restore whether the block ended or raised (restore in a "
                         "finally, or in __exit__ whatever its arguments)")

    def _call(self, step, outcome, state) -> None:
        _, cid, pid, fails = step
        self.story.append(f"{cid} = a function decorated with @{pid}")
        if "decorating_raised" in outcome:
            self.story[-1] = f"decorating a function with @{pid}"
            raise_reported(outcome["decorating_raised"], self.text())
        self.check_state(outcome["decorated"], "before the call", "decorating must change nothing; each call patches")
        self.story.append(f"{cid}(1, 'two', key=3)" + (", which raises FuncError" if fails else ""))
        ran = len(outcome["received"])
        if ran != 1:
            self.fail(f"the decorated function ran {ran} times, expected once")
        if outcome["received"][0] != ARGS:
            got = outcome["received"][0]
            self.fail(f"the function received {got[0]!r} and {got[1]!r}, expected [1, 'two'] and {{'key': 3}}: "
                      "the wrapper passes *args and **kwargs through")
        key = self.patches[pid]["key"]
        if len(self.stacks[key]) > 1:
            self.nested.add(key)
        self.stacks[key].append(("value", pid))
        self.check_state(outcome["inside"][0], f"inside {cid}", "each call is patched for its whole duration")
        self.stacks[key].pop()
        self._result(outcome, fails, f"{cid}(1, 'two', key=3)")
        self.check_state(state, "after the call", "the wrapper must restore also when the function raises "
                         "(`with self: return func(...)`, or try/finally)" if fails else "")

    def _recurse(self, step, outcome, state) -> None:
        _, pid, depth, fails = step
        if "decorating_raised" in outcome:
            self.story.append(f"decorating a recursive function with @{pid}")
            raise_reported(outcome["decorating_raised"], self.text())
        self.story.append(f"a recursive function decorated with @{pid}, called {depth} level{'s' if depth > 1 else ''} deep"
                          + (", the innermost level raising FuncError" if fails else ""))
        key = self.patches[pid]["key"]
        if len(self.stacks[key]) > 1 or depth > 1:
            self.nested.add(key)
        expected = [["entered", n] for n in range(depth, 0, -1)]
        if not fails:
            expected += [["back", n] for n in range(2, depth + 1)]
        levels = outcome["levels"]
        if [level[:2] for level in levels] != expected:
            self.fail(f"the levels ran as {[tuple(level[:2]) for level in levels]}, expected "
                      f"{[tuple(level) for level in expected]}: the wrapper calls the function once per call")
        pushed = 0
        for (where, n), (_, _, seen) in zip(expected, levels):
            if where == "entered":
                self.stacks[key].append(("value", pid))
                pushed += 1
                self.check_state(seen, f"at level {n}", "each call is patched for its whole duration, the inner "
                                 "ones too: entering sets the value, whatever was there")
            else:
                self.stacks[key].pop()
                pushed -= 1
                self.check_state(seen, f"at level {n}, after the inner call returned",
                                 "each call restores what its own entry found, so the outer levels are still patched")
        del self.stacks[key][len(self.stacks[key]) - pushed:]
        self._result(outcome, fails, "the outermost call", returned=f"{depth}")
        self.check_state(state, "after the outermost call", "each entry keeps what it found (a stack, one entry per "
                         "active entry), not one saved slot on the patch object" if not fails else
                         "every level restores also when the call raises, each putting back what it found")

    def _result(self, outcome, fails, call, returned="the function's result") -> None:
        if "raised" in outcome:
            raise_reported(outcome["raised"], self.text())
        if fails:
            if "raised_other" in outcome:
                other = outcome["raised_other"]
                self.fail(f"{call} raised {other['type']}({other['message']!r}), expected the very FuncError the "
                          "function raised, unchanged")
            if "raised_same" not in outcome:
                self.fail(f"{call} returned {outcome['returned']}, expected the FuncError the function raised: "
                          "the wrapper must not swallow it")
        elif not outcome["returned_same"]:
            self.fail(f"{call} returned {outcome['returned']}, expected {returned}: the wrapper returns what the "
                      "function returns")

    def _pop(self, bid) -> None:
        pid = self.blocks.pop(bid)
        stack = self.stacks[self.patches[pid]["key"]]
        if stack[-1] != ("value", pid):
            raise InternalError(f"block {bid} left out of order: the model expected {stack[-1]!r} on top")
        stack.pop()

    # the state -----------------------------------------------------------------------------
    def expected_lookup(self, key: str):
        """What getattr and hasattr must say: through the target's own entry, then its class's."""
        target, name = key.split(".")
        at = key
        while at is not None:
            top = self.stacks[at][-1]
            if top != ABSENT:
                break
            parent = PARENT.get(at.split(".")[0])
            at = f"{parent}.{name}" if parent and f"{parent}.{name}" in self.stacks else None
        if at is None or top == ORIGINAL:
            return self.baseline[key]["get"], self.baseline[key]["has"]
        return shown(self.patches[top[1]]["label"]), True

    def owner(self, key: str, seen: dict) -> str | None:
        """The patch of this attribute whose value is the object found there, if any."""
        found = None
        for pid, patch in self.patches.items():
            if patch["key"] == key and shown(patch["label"]) in seen["is"]:
                found = pid
        return found

    def check_state(self, state: dict, when: str, hint: str) -> None:
        lead = "then " if when == "then" else f"{when}, "
        for key in self.stacks:
            sentence = self._vars_difference(key, state[key], hint)
            if sentence:
                self.fail(lead + sentence)
        for key in self.stacks:
            target, name = key.split(".")
            want_get, want_has = self.expected_lookup(key)
            seen = state[key]
            if seen["get"] != want_get:
                self.fail(f"{lead}getattr({target}, {name!r}) gives {seen['get'] or 'an AttributeError'}, expected "
                          f"{want_get or 'an AttributeError'}")
            if seen["has"] != want_has:
                self.fail(f"{lead}hasattr({target}, {name!r}) is {seen['has']}, expected {want_has}")

    def _vars_difference(self, key: str, seen: dict, hint: str) -> str | None:
        """The first way the attribute differs from the model, as a sentence with its fix; None if it does not."""
        target, name = key.split(".")
        top = self.stacks[key][-1]
        base = self.baseline[key]
        entry = seen["entry"]
        owner = self.owner(key, seen)
        stack_hint = "each entry keeps what it found (a stack), not one saved slot on the patch object"

        def fix(sentence: str, default: str) -> str:
            return f"{sentence}: {hint or default}"

        if type(top) is tuple:
            pid = top[1]
            want = shown(self.patches[pid]["label"])
            if want in seen["is"]:
                return None
            default = "each exit puts back exactly what its own entry found"
            if not seen["in_vars"]:
                note = " (None is a value like any other, not a sign that the attribute was missing)" if want == "None" else ""
                return fix(f"{key} is not in vars({target}) (getattr gives {seen['get'] or 'an AttributeError'}), "
                           f"expected {want}, the value of the innermost active patch, {pid}{note}", default)
            return fix(f"{key} is {entry}, expected {want}, the value of the innermost active patch, {pid}", default)
        if top == ORIGINAL:
            if ORIGINAL in seen["is"]:
                return None
            before = base["entry"]
            if not seen["in_vars"]:
                note = " (None is a value like any other, not a sign that the attribute was missing)" if before == "None" else ""
                return fix(f"{key} is no longer in vars({target}), but it was {before} there before the patch{note}",
                           "leaving puts back what was there")
            if owner is not None:
                return fix(f"{key} is still {entry}, the value of {owner}, but it was {before} before the patch",
                           stack_hint if key in self.nested else "leaving must put back what was there")
            if entry != before:
                if entry == base["get"] and before in SPECIAL:
                    why = (f"save the object in vars({target}) itself: getattr({target}, {name!r}) gives {base['get']}, "
                           f"not the {before[2:]} that was stored")
                elif entry == base["get"]:
                    why = f"save what was in vars({target}), not what getattr returned"
                else:
                    why = hint or "put back the very object that was there"
                return f"{key} is {entry}, but it was {before} before the patch: {why}"
            return fix(f"{key} is {entry}, but not the very object that was there before the patch",
                       "put back the same object, not a copy")
        if not seen["in_vars"]:
            return None
        if base["has"]:
            had = f"{target} only inherited {name!r} from {PARENT_SHOWN[target]}"
        else:
            had = f"{target} had no {name!r} (hasattr({target}, {name!r}) was False)"
        delete = "leaving must delete it again" + (f"; {stack_hint}" if key in self.nested else "")
        if owner is not None:
            return fix(f"{key} is still {entry}, the value of {owner}, but before the patch {had}", delete)
        if base["has"]:
            return fix(f"{key} is {entry} in vars({target}), shadowing what {target} inherits from {PARENT_SHOWN[target]} "
                       f"(before the patch {target} only inherited it)", "leaving must delete it again, not set it")
        return fix(f"{key} still exists ({entry}), but before the patch {had}", delete)


@pytest.fixture
def new_checker():
    """new_checker(baseline, forbidden) -> Checker."""
    return Checker


@pytest.fixture
def play(support):
    """play(*steps): run the steps on a fresh scene and check each against the model."""

    def run(*steps):
        with asking(describe_steps(steps)):
            result = support.run(list(steps))
        checker = Checker(result["baseline"], result["forbidden"])
        for step, record in zip(steps, result["records"]):
            checker.apply(list(step), record)
        return checker

    return run
