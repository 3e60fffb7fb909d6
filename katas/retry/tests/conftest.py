"""The model both test files judge against: for one call of a function decorated with
retry(...), how many times the function must run, what the call returns or raises, which waits
go to sleep between which attempts, and what the "retry" logger gets. Offered to the tests as
the `check` fixture; support.run_scenario (in the solution process) reports what happened."""

import math
from dataclasses import dataclass, field

import pytest

from judge.testing import WrongAnswer, asking, raise_reported


# The judge's own classes, by name, as support.py defines them (same names, same hierarchy), so
# that the model can say which exceptions are listed and what repr() the log messages show.
class TransientError(Exception):
    pass


class RateLimited(TransientError):
    pass


class PermanentError(Exception):
    pass


CLASSES = {
    cls.__name__: cls
    for cls in (TransientError, RateLimited, PermanentError, ConnectionError, ConnectionResetError, TimeoutError,
                OSError, ValueError, KeyError, LookupError, ZeroDivisionError, Exception)
}
REL = 1e-9  # the contract's tolerance on waits


# the model ------------------------------------------------------------------------------------
@dataclass
class Plan:
    """What a correct retry does on one call."""

    runs: int  # how many times fetch runs
    end: str  # "return", "propagate" (an exception that is not listed) or "give_up"
    waits: list = field(default_factory=list)  # waits[i - 1]: the sleep after failed attempt i
    records: list = field(default_factory=list)  # [(after attempt k, level, message)]


def listed(spec) -> tuple:
    names = spec["exceptions"]
    return tuple(CLASSES[n] for n in names) if type(names) is list else (CLASSES[names],)


def make(entry) -> Exception:
    name, message = entry
    return CLASSES[name]() if message is None else CLASSES[name](message)


def name_of(spec) -> str:
    return "Client.fetch" if spec.get("method") else spec.get("qualname", "fetch")


def plan(spec, call) -> Plan:
    attempts, script = spec["attempts"], call["script"]
    delay, backoff = spec.get("delay", 0.0), spec.get("backoff", 2.0)
    name = name_of(spec)
    p = Plan(0, "")
    for i in range(1, attempts + 1):
        p.runs = i
        entry = script[i - 1] if i <= len(script) else None
        if entry is None:
            p.end = "return"
            return p
        exc = make(entry)
        if not isinstance(exc, listed(spec)):
            p.end = "propagate"
            return p
        if i == attempts:
            p.end = "give_up"
            p.records.append((i, "ERROR", f"{name}: giving up after {attempts} attempts"))
            return p
        p.records.append((i, "WARNING", f"{name}: attempt {i} of {attempts} failed: {exc!r}"))
        p.waits.append(delay * backoff ** (i - 1))
    raise AssertionError("unreachable: attempts >= 1")


# how the learner reads a scenario ---------------------------------------------------------------
def exceptions_text(names) -> str:
    if type(names) is not list:
        return names
    return f"({names[0]},)" if len(names) == 1 else f"({', '.join(names)})"


def retry_text(spec) -> str:
    parts = [str(spec["attempts"]), exceptions_text(spec["exceptions"])]
    parts += [f"{k}={spec[k]!r}" for k in ("delay", "backoff") if k in spec]
    if spec.get("sleep", "given") == "given":
        parts.append("sleep=sleep")
    return f"retry({', '.join(parts)})"


def args_text(call) -> str:
    parts = [repr(a) for a in call.get("args", [])]
    parts += [f"{k}={v!r}" for k, v in call.get("kwargs", {}).items()]
    return ", ".join(parts)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def times(n: int) -> str:
    return {0: "never", 1: "once", 2: "twice"}.get(n, f"{n} times")


def script_text(call, runs: int) -> str:
    """fetch raises TransientError('x') on attempt 1, then returns: what fetch does, up to `runs`
    (the same failure on consecutive attempts is said once: "on attempts 2 to 9")."""
    steps, same = [], []  # same: [repr, first attempt, last attempt] of the run of failures being read
    for i in range(1, runs + 1):
        entry = call["script"][i - 1] if i <= len(call["script"]) else None
        if entry is not None and same and repr(make(entry)) == same[0]:
            same[2] = i
            continue
        if same:
            steps.append(f"raises {same[0]} on attempt{'s %d to %d' % (same[1], same[2]) if same[2] > same[1] else ' %d' % same[1]}")
            same = []
        if entry is None:
            steps.append(f"returns on attempt {i}")
            break
        same = [repr(make(entry)), i, i]
    if same:
        steps.append(f"raises {same[0]} on attempt{'s %d to %d' % (same[1], same[2]) if same[2] > same[1] else ' %d' % same[1]}")
    if not steps:
        return "fetch is never reached"
    return "fetch " + (steps[0] if len(steps) == 1 else ", ".join(steps[:-1]) + " and " + steps[-1])


def call_text(spec, calls, index: int) -> str:
    """The decoration and the call as the learner reads them."""
    call = calls[index]
    if spec.get("method"):
        text = (f"class Client with fetch(self, key, *, timeout=1.0) decorated by @{retry_text(spec)}; "
                f"client.fetch({args_text(call)})")
    else:
        text = f"fetch = {retry_text(spec)}(fetch); fetch({args_text(call)})"
    if index:
        text += f" (the {ordinal(index + 1)} call of that decorated function)"
    if spec.get("sleep", "given") != "given":
        text += " with the default sleep (time.sleep, which the judge replaced with a recorder)"
    return text


def where(spec, calls, index: int, runs: int) -> str:
    """The call, then what fetch does on each attempt."""
    return f"{call_text(spec, calls, index)}, where {script_text(calls[index], runs)}"


# what a scenario that runs out of time most likely did: the judge's sleep returns at once
SLOW_WAIT = ("every wait must be a call of sleep(seconds), which the judge made return at once: waiting any other "
             "way (a loop on time.time(), threading.Event.wait) really waits, here for many seconds")


def scenario_text(spec) -> str:
    """What support.run_scenario(spec) asks, as the learner reads it (its own name would tell them nothing)."""
    calls = spec["calls"]
    text = where(spec, calls, 0, spec["attempts"])
    more = len(calls) - 1
    if more:
        text += f"; then {more} more call{'s' if more > 1 else ''} of the decorated function"
    return text


def asking_scenario(spec):
    return asking(scenario_text(spec), if_slow=SLOW_WAIT)


def asking_arguments(case):
    """What support.check_arguments(case) asks: retry(...), then a call of a function it decorated."""
    return asking(f"{arguments_text(case)}, then a function decorated with it, called once")


def wait_list(waits) -> str:
    return "[" + ", ".join(repr(w) for w in waits) + "]"


def record_text(level, message) -> str:
    return f"{level} {message!r}"


# the checks -----------------------------------------------------------------------------------------
def close(actual, expected) -> bool:
    return type(actual) in (int, float) and math.isclose(actual, expected, rel_tol=REL, abs_tol=0.0)


def segments(events) -> list[list]:
    """The events split at each run: segments[0] before attempt 1, segments[k] after attempt k."""
    out = [[]]
    for event in events:
        if event[0] == "run":
            out.append([])
        else:
            out[-1].append(event)
    return out


def check_setup(report, spec) -> None:
    call = retry_text(spec)
    if "setup_raised" in report:
        exc = report["setup_raised"]
        if exc["type"] == "ValueError" or "ValueError" in exc.get("mro", []):
            raise WrongAnswer(f"{call} raised ValueError({exc['message']!r}), but these arguments are valid: "
                              "only attempts < 1, delay < 0, backoff < 1 or an exceptions value that is not an "
                              "Exception subclass or a non-empty tuple of them is refused")
        raise_reported(exc, f"{call} and decorating fetch with it")
    runs = [e for e in report["setup"] if e[0] == "run"]
    if runs:
        raise WrongAnswer(f"{call}(fetch) ran fetch {times(len(runs))} while decorating; only calls of the "
                          "decorated function run it")
    logged = [e for e in report["setup"] if e[0] == "log" and e[1] == "retry"]
    if logged:
        raise WrongAnswer(f"{call}(fetch) logged {record_text(logged[0][2], logged[0][4])} on the 'retry' logger "
                          "while decorating; nothing is logged until an attempt fails")


def check_scenario(report, spec) -> None:
    """Every call of support.run_scenario(spec), in order, against the model."""
    check_setup(report, spec)
    for index, outcome in enumerate(report["calls"]):
        check_call(outcome, spec, index)


def check_call(outcome, spec, index) -> None:
    calls = spec["calls"]
    call = calls[index]
    p = plan(spec, call)
    events, result = outcome["events"], outcome["result"]
    ran = sum(1 for e in events if e[0] == "run")
    here = where(spec, calls, index, max(p.runs, ran))
    raised = result["kind"] == "raised"
    fetchs_own = result["run"] is not None

    # 1. the decorator's own crash (an exception fetch did not raise, where no raise was due)
    if raised and not fetchs_own and (ran == 0 or p.end == "return"):
        raise_reported(result["describe"], f"{call_text(spec, calls, index)} (where {script_text(call, max(p.runs, ran))})")

    # 2. how many times fetch ran
    if ran != p.runs:
        did = "fetch never ran" if ran == 0 else f"fetch ran {times(ran)}"
        raise WrongAnswer(f"{here}: {did}, expected {times(p.runs)}: {why_runs(spec, call, p, ran, index)}")

    # 3. what the call returned or raised
    check_result(result, p, call, here)

    # 4. sleep: only between attempts, once each, the right waits
    check_sleeps(events, spec, p, here, index)

    # 5. the "retry" logger
    check_records(events, p, here)

    # 6. the arguments each run received
    for k, received in enumerate(outcome["received"], 1):
        want = want_received(spec, call)
        if received != want:
            raise WrongAnswer(f"{here}: on attempt {k} fetch received {shown_received(spec, received)}, expected "
                              f"{shown_received(spec, want)}: call func(*args, **kwargs) with exactly the arguments "
                              "the wrapper got, on every attempt")


def why_runs(spec, call, p: Plan, ran: int, index: int) -> str:
    attempts = spec["attempts"]
    names = exceptions_text(spec["exceptions"])
    last = call["script"][p.runs - 1] if p.runs <= len(call["script"]) else None
    if ran > p.runs:
        if p.end == "propagate":
            exc = make(last)
            return (f"on attempt {p.runs} fetch raised {exc!r}, which is not an instance of {names}, so it must "
                    "propagate at once: no retry, no sleep, no log (catch only the exceptions you were given)")
        if p.end == "give_up":
            return (f"attempts={attempts} is the total number of calls of fetch, the first included: after the "
                    f"{ordinal(attempts)} failure, log the ERROR and re-raise")
        return f"fetch returned on attempt {p.runs}, and a call that succeeded is over: return its result"
    # too few runs: attempt `ran` failed with a listed exception, and attempts were left
    if ran == 0 and index:
        return "every call of the decorated function calls fetch again, starting from attempt 1 (nothing is remembered between calls)"
    if ran == 0:
        return "the wrapper must call fetch (attempt 1) whatever happens"
    first = call["script"][ran - 1] if ran <= len(call["script"]) else None
    if first is None:
        return f"fetch returned on attempt {ran + 1}"
    exc = make(first)
    kind = next(c.__name__ for c in listed(spec) if isinstance(exc, c))
    sub = f" (a subclass of {kind})" if type(exc).__name__ != kind else ""
    text = (f"on attempt {ran} fetch raised {exc!r}, an instance of {kind}{sub}, which is listed, and "
            f"{ran} < attempts={attempts}, so retry must sleep and try again")
    if index:
        text += (f"; this was the {ordinal(index + 1)} call of the same decorated function, and each call starts "
                 "with the full number of attempts")
    return text


def check_result(result, p: Plan, call, here) -> None:
    if p.end == "return":
        if result["kind"] == "raised":
            raise WrongAnswer(f"{here}: the call raised {result['repr']}, expected it to return what fetch returned "
                              f"on attempt {p.runs}")
        if result["run"] != p.runs:
            raise WrongAnswer(f"{here}: the call returned {result['repr']}, expected the very object fetch returned "
                              f"on attempt {p.runs}: return func's result as it is")
        return
    want = make(call["script"][p.runs - 1])
    what = "the last attempt" if p.end == "give_up" else "that attempt"
    if result["kind"] == "returned":
        raise WrongAnswer(f"{here}: the call returned {result['repr']}, expected it to raise the {want!r} fetch raised "
                          f"on attempt {p.runs}: {'after the last attempt, re-raise' if p.end == 'give_up' else 'let it propagate'}, never swallow it")
    if result["run"] == p.runs:
        return
    if result["run"] is not None:
        raise WrongAnswer(f"{here}: the call raised the exception fetch raised on attempt {result['run']}, expected the "
                          f"{want!r} it raised on attempt {p.runs}, {what}: re-raise the very exception of {what}")
    looks = result["type"] == type(want).__name__ and result["repr"] == repr(want)
    raise WrongAnswer(f"{here}: the call raised {'a new ' if looks else ''}{result['repr']}, expected the very "
                      f"{want!r} object fetch raised on attempt {p.runs}: re-raise that object (a bare `raise`), "
                      f"not {'a copy' if looks else 'a new exception'}")


def check_sleeps(events, spec, p: Plan, here, index: int = 0) -> None:
    parts = segments(events)  # parts[0] before attempt 1 ... parts[p.runs] after the last
    given = spec.get("sleep", "given") == "given"
    for k, part in enumerate(parts):
        for event in part:
            if event[0] == "time.sleep" and given:
                raise WrongAnswer(f"{here}: called time.sleep({event[1]!r}) {gap_text(k, p.runs)}, but retry was given "
                                  "its own sleep function: call that one (the judge passes a recorder)")
    sleeps = [[e[1] for e in part if e[0] in ("sleep", "time.sleep")] for part in parts]
    if sleeps[0]:
        raise WrongAnswer(f"{here}: called sleep({sleeps[0][0]!r}) before the first attempt: sleep only between "
                          "attempts, after one failed and before the next")
    if sleeps[-1]:
        raise WrongAnswer(f"{here}: called sleep({sleeps[-1][0]!r}) after the last attempt (attempt {p.runs}), before "
                          f"the call {'returned' if p.end == 'return' else 'raised'}: sleep is never called after the last attempt")
    for k in range(1, p.runs):
        got = sleeps[k]
        if len(got) != 1:
            wait = p.waits[k - 1]
            hint = ""
            if not got and wait == 0:
                hint = " (sleep is called even when the wait is 0)"
            elif not got and not given:
                hint = " (with no sleep argument, retry sleeps with time.sleep)"
            did = "did not call sleep" if not got else f"called sleep {times(len(got))}"
            raise WrongAnswer(f"{here}: {did} between attempt {k} and attempt {k + 1}, expected sleep({wait!r}) once{hint}")
    waits = [s[0] for s in sleeps[1:p.runs]]
    if not all(close(a, e) for a, e in zip(waits, p.waits)):
        delay, backoff = spec.get("delay", 0.0), spec.get("backoff", 2.0)
        text = (f"{here}: the waits were {wait_list(waits)}, expected {wait_list(p.waits)}: after attempt i fails, "
                f"sleep(delay * backoff ** (i - 1)), with delay={delay!r} and backoff={backoff!r}")
        if index and backoff > 1 and delay > 0 and any(
                all(close(a, delay * backoff ** (i + shift)) for i, a in enumerate(waits)) for shift in range(1, 40)):
            text += ("; these waits go on from an earlier call's attempts, but each call of the decorated function "
                     "starts again from attempt 1, with the full number of attempts")
        raise WrongAnswer(text)


def gap_text(k: int, runs: int) -> str:
    if k == 0:
        return "before the first attempt"
    if k == runs:
        return "after the last attempt"
    return f"between attempt {k} and attempt {k + 1}"


def check_records(events, p: Plan, here) -> None:
    parts = segments(events)
    mine = [(k, e[2], e[4]) for k, part in enumerate(parts) for e in part if e[0] == "log" and e[1] == "retry"]
    got = [(level, message) for _, level, message in mine]
    want = [(level, message) for _, level, message in p.records]
    if got != want:
        raise WrongAnswer(records_message(events, got, want, p, here))
    for (k, level, message), (after, _, _) in zip(mine, p.records):
        if k != after:
            raise WrongAnswer(f"{here}: logged {record_text(level, message)} {gap_text(k, p.runs)}, expected it "
                              f"{'right after attempt %d' % after if after else 'before the first attempt'}")


def records_message(events, got, want, p: Plan, here) -> str:
    shown = lambda records: "[" + ", ".join(record_text(*r) for r in records) + "]" if records else "nothing"
    text = f"{here}: the 'retry' logger got {shown(got)}, expected {shown(want)}"
    hints = []
    elsewhere = [(e[1], e[2], e[4]) for e in events if e[0] == "log" and e[1] != "retry"]
    wanted = {m for _, m in want}
    if elsewhere and (not got or any(m in wanted for _, _, m in elsewhere)):
        where_to = "; ".join(f"{level} {message!r} on the logger {name!r}" for name, level, message in elsewhere[:2])
        hints.append(f"records went to other loggers ({where_to}); log on logging.getLogger('retry')")
    elif not want and got:
        if p.end == "propagate":
            hints.append("an exception that is not listed propagates with no log")
        else:
            hints.append("a call whose first attempt succeeds logs nothing: the 'retry' logger gets a WARNING per "
                         "failed attempt that is retried, an ERROR when giving up, and nothing else")
    elif got and len(got) > len(want) and [r for r in got if r in want] == want:
        hints.append("nothing else is logged on that logger: a WARNING per failed attempt that is retried, an "
                     "ERROR when giving up, and no other record")
    elif len(got) == len(want):
        for (g_level, g_msg), (w_level, w_msg) in zip(got, want):
            if g_msg == w_msg and g_level != w_level:
                hints.append(f"{w_msg!r} is logged at {w_level}, not {g_level}")
                break
            if g_msg != w_msg:
                hints.append(f"the message {g_msg!r} should read {w_msg!r}{message_hint(g_msg, w_msg)}")
                break
    elif len(got) < len(want):
        missing = [r for r in want if r not in got]
        if missing:
            hints.append(f"{record_text(*missing[0])} is missing")
    return text + "".join(f"; {h}" for h in hints)


def message_hint(got: str, want: str) -> str:
    if ": attempt " in want:
        head, _, exc = want.partition(" failed: ")
        if got.startswith(head + " failed: "):
            return " ({exc!r}: the exception's repr(), not str())"
        name = want.split(": attempt ")[0]
        if not got.startswith(name + ": "):
            return f" ({{name}} is func.__qualname__, here {name!r})"
        return " (attempts are counted from 1: 'attempt {i} of {attempts}')"
    name = want.split(": giving up")[0]
    if not got.startswith(name + ": "):
        return f" ({{name}} is func.__qualname__, here {name!r})"
    return ""


def want_received(spec, call):
    if spec.get("method"):
        args = call.get("args", [])
        return [["self", args[0] if args else None], {"timeout": call.get("kwargs", {}).get("timeout", 1.0)}]
    return [list(call.get("args", [])), dict(call.get("kwargs", {}))]


def shown_received(spec, received) -> str:
    args, kwargs = received
    if spec.get("method"):
        who = "self as its first argument" if args and args[0] == "self" else f"{args[0] if args else 'nothing'!r} where self belongs"
        return f"{who}, key={args[1] if len(args) > 1 else None!r}, timeout={kwargs.get('timeout')!r}"
    parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
    return f"({', '.join(parts)})"


# the arguments retry(...) must refuse, and those it must accept ------------------------------------
def arguments_text(case) -> str:
    def exc(spec):
        if type(spec) is str:
            return spec
        if type(spec) is list:
            return f"({exc(spec[0])},)" if len(spec) == 1 else f"({', '.join(exc(s) for s in spec)})"
        if "list" in spec:
            return f"[{', '.join(exc(s) for s in spec['list'])}]"
        if "instance" in spec:
            return f"{spec['instance']}('an instance')"
        return repr(spec["value"])

    parts = [repr(case["attempts"]), exc(case["exceptions"])]
    parts += [f"{k}={case[k]!r}" for k in ("delay", "backoff") if k in case]
    return f"retry({', '.join(parts)}, sleep=sleep)"


def check_refused(report, case, why: str) -> None:
    call = arguments_text(case)
    if "raised" in report:
        exc = report["raised"]
        if exc["type"] == "ValueError" or "ValueError" in exc.get("mro", []):
            return
        raise WrongAnswer(f"{call} raised {exc['type']}({exc['message']!r}), expected ValueError: {why}")
    later = report.get("later")
    if later and later[1] == "ValueError":
        hint = (f"; the {later[1]} came only {later[0]}: check the arguments in retry itself, "
                "before it returns the decorator")
    else:
        hint = ""
    raise WrongAnswer(f"{call} returned {report['returned']} without raising, expected ValueError when retry(...) is called: {why}{hint}")


@pytest.fixture
def check():
    """check.scenario(report, spec), check.refused(report, case, why), check.plan(spec, call), and
    check.asking_scenario(spec) / check.asking_arguments(case), which name the calls made through
    support in the learner's words."""

    class Checks:
        scenario = staticmethod(check_scenario)
        refused = staticmethod(check_refused)
        plan = staticmethod(plan)
        asking_scenario = staticmethod(asking_scenario)  # with check.asking_scenario(spec): support.run_scenario(spec)
        asking_arguments = staticmethod(asking_arguments)  # with check.asking_arguments(case): support.check_arguments(case)

    return Checks
