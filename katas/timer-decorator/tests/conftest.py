"""The model both test files judge against: what one call of the decorated function must
return or raise, and what it must log. Offered to the tests as the `check` fixture."""

import re

import pytest

from judge.testing import RemoteError, WrongAnswer, asking

# str() of each exception the judge raises inside compute (PaymentDeclined is a plain Exception subclass)
ERROR_TYPES = {
    "ValueError": ValueError,
    "KeyError": KeyError,
    "RuntimeError": RuntimeError,
    "ZeroDivisionError": ZeroDivisionError,
    "PaymentDeclined": Exception,
}


def expected_records(seconds: float, error, name: str = "compute") -> list[list[str]]:
    records = [["timer", "INFO", f"{name}: {seconds:.4f}s"]]
    if error is not None:
        kind, message = error
        exc = ERROR_TYPES[kind]() if message is None else ERROR_TYPES[kind](message)
        records.append(["timer", "ERROR", f"{name} failed: {exc}"])
    return records


def _show(records) -> str:
    return " and ".join(f"{level} {message!r}" for _, level, message in records) or "nothing"


def check_records(records, expected, call: str, names=("compute",)) -> None:
    """The records on the "timer" logger (INFO and up) must be `expected`, in any order."""
    mine = [r for r in records if r[0] == "timer"]
    if sorted(map(tuple, mine)) == sorted(map(tuple, expected)):
        return
    text = f"{call}: the 'timer' logger got {_show(mine)}, expected {_show(expected)}"
    if len(expected) > 1:
        text += " (in either order)"
    hints = []
    elsewhere = [r for r in records if r[0] != "timer"]
    if elsewhere:
        shown = "; ".join(f"{level} {message!r} on the logger {logger!r}" for logger, level, message in elsewhere)
        hints.append(f"records went to other loggers ({shown}); log on logging.getLogger('timer')")
    want_info = expected[0][2]
    pattern = "|".join(re.escape(n) for n in names)
    timed = [m for _, level, m in mine if re.fullmatch(rf"(?:{pattern}): \d+\.\d{{4}}s", m)]
    if timed and want_info not in timed:
        hints.append("the elapsed time must be time.perf_counter() after the call minus time.perf_counter() "
                     "before it (the judge controls that clock)")
    if len(expected) > 1 and not any(level == "ERROR" for _, level, _ in mine):
        hints.append("when the function raises, log '<name> failed: <exception>' at ERROR, and the time at INFO as well")
    if len(expected) > 1 and not timed and any(level == "ERROR" for _, level, _ in mine):
        hints.append("the time is logged after every call, the failed ones too (a finally block)")
    if mine and not hints:
        hints.append("the messages read exactly '<name>: <elapsed:.4f>s' and '<name> failed: <str(exception)>'")
    raise WrongAnswer(text + "".join(f"; {h}" for h in hints))


def describe_call(spec: dict) -> str:
    """compute(41), which ran 0.25 s on time.perf_counter() and raised ValueError('bad input'): as
    support.py's _describe says it (for calls that have not come back yet)."""
    parts = [repr(a) for a in spec.get("args", [])]
    parts += [f"{k}={v!r}" for k, v in spec.get("kwargs", {}).items()]
    text = f"compute({', '.join(parts)}), which ran {spec.get('seconds', 0.0)!r} s on time.perf_counter()"
    if spec.get("error") is not None:
        name, message = spec["error"]
        text += f" and raised {name}({'' if message is None else repr(message)})"
    return text


def asking_calls(specs):
    """What support.run_calls(specs) asks, as the learner reads it (its own name would tell them nothing)."""
    return asking(f"timer(compute), then {'; then '.join(map(describe_call, specs))}")


def check_call(outcome: dict, spec: dict, earlier: tuple[str, ...] = ()) -> None:
    """One call of timer(compute), as support.run_calls reported it, against the contract.
    `earlier` describes the calls made before it on the same decorated function."""
    call = f"timer(compute), then {'; then '.join([*earlier, outcome['call']])}"
    if "crashed" in outcome:
        raise RemoteError(outcome["crashed"], call)
    error = spec.get("error")
    if error is None:  # (an exception here came back as "crashed", above)
        value = spec["args"][0]
        if outcome["returned"] != value or type(outcome["returned"]) is not type(value) or not outcome["same_object"]:
            raise WrongAnswer(f"{call}: the call returned {outcome['returned']!r}, expected the very object compute returned, {value!r}")
    else:
        kind, message = error
        if "returned" in outcome:
            raise WrongAnswer(
                f"{call}: the call returned {outcome['returned']!r}, expected it to raise the {kind} compute raised: "
                "a timer must not swallow exceptions"
            )
        if not outcome["same_object"]:
            raise WrongAnswer(
                f"{call}: the call raised a new {outcome['raised']}({outcome['message']!r}), expected the very {kind} "
                "object compute raised: re-raise it with a bare `raise`"
            )
    if outcome["times_called"] != 1:
        raise WrongAnswer(f"{call}: compute ran {outcome['times_called']} times, expected once")
    args, kwargs = spec["args"], spec.get("kwargs", {})
    received = outcome["received"][0]
    if received != [args[1:], kwargs]:
        raise WrongAnswer(
            f"{call}: compute received the extra arguments {received[0]!r} and keyword arguments {received[1]!r}, "
            f"expected {args[1:]!r} and {kwargs!r}: pass *args and **kwargs through unchanged"
        )
    check_records(outcome["records"], expected_records(spec.get("seconds", 0.0), error), call)


@pytest.fixture
def check():
    """check.call(outcome, spec), check.records(records, expected, call, names), check.expected(seconds, error, name),
    and check.asking_calls(specs), which names the calls made through support.run_calls as the learner reads them."""

    class Checks:
        call = staticmethod(check_call)
        records = staticmethod(check_records)
        expected = staticmethod(expected_records)
        asking_calls = staticmethod(asking_calls)  # with check.asking_calls(specs): support.run_calls(specs)

    return Checks
