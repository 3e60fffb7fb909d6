"""The model every test file judges against, and a breaker driven by the judge's clock.

`Model` is the contract: a count of consecutive failures while closed; the failure that
reaches the threshold opens the circuit at the time it was seen (the clock read after fn
raised); open refuses until clock() − opened_at >= reset_timeout, then reads half-open; one
trial at a time goes through; its success closes (count reset), its failure opens again (timer
restarted); a BaseException changes nothing (a trial it ends leaves the circuit half-open).
Tests use dyadic times and timeouts (eighths of a second and powers of two), so every
comparison with the timeout is exact and the boundary itself is tested.

`Scenario` makes the submission's CircuitBreaker with a Callback clock (the judge's `clock`: a
function in this process that returns the time the test set, and counts its reads), and checks
every step against the model, showing the whole history in the message: "breaker =
CircuitBreaker(3, 30.0, clock=clock); t = 0.0: call(ask_llm) → raised ProviderError; …". Each
fn is a Callback too (`ask_llm`): it records the arguments it got, may move the clock while it
"runs" (a slow failure, a timeout), and returns a new reply or raises a new exception through
RaiseInSubmission, whose token says whether the very object came back out of call. Alternative
models of the usual mistakes (no reset on success, `>` for `>=`, a timer not restarted…) explain
a wrong answer.
"""

from __future__ import annotations

import itertools

import pytest

from judge.testing import (Callback, InternalError, RaiseInSubmission, RemoteError, TooSlow, WrongAnswer, asking,
                           raise_reported, same, show, submission, support)


class Model:
    """The contract, with optional mistakes (flags) for explaining a wrong answer."""

    def __init__(self, threshold, timeout, **mistakes) -> None:
        self.threshold, self.timeout = threshold, timeout
        self.failures = 0
        self.opened_at = None  # None: closed
        self.first_failure_at = None  # when the current run of failures began (a mistake's timer)
        self.trial = False
        self.m = mistakes

    def _timed_out(self, now) -> bool:
        elapsed = now - self.opened_at
        return elapsed > self.timeout if self.m.get("strict") else elapsed >= self.timeout

    def state(self, now) -> str:
        if self.opened_at is None:
            return "closed"
        if self.trial or (not self.m.get("stale_state") and self._timed_out(now)):
            return "half_open"
        return "open"

    def admits(self, now) -> str:
        """"closed" (the call goes through), "trial" (it is the trial call) or "refused"."""
        if self.opened_at is None:
            return "closed"
        if self.trial or not self._timed_out(now):
            return "refused"
        return "trial"

    def finish(self, how: str, kind: str, before, after) -> None:
        """A call admitted as `how` ended with `kind` ("ok", "fail" or "base"); the clock read
        `before` when it began and `after` when fn returned or raised."""
        if kind == "base":
            if self.m.get("base_counts"):
                kind = "fail"
            elif self.m.get("base_success"):
                kind = "ok"
            else:
                if how == "trial" and self.m.get("base_sticks"):
                    self.trial = True  # the mistake: the trial never ends
                return  # a trial it ends leaves the circuit half-open
        seen = before if self.m.get("before") else after
        if how == "trial":
            if kind == "ok":
                self.opened_at = None
                if not self.m.get("trial_keeps_count"):
                    self.failures = 0
            elif not self.m.get("no_restart"):
                self.opened_at = seen
            return
        if kind == "ok":
            if not self.m.get("no_reset"):
                self.failures = 0
            return
        if self.failures == 0 or self.first_failure_at is None:
            self.first_failure_at = seen
        self.failures += 1
        if self.failures >= self.threshold + (1 if self.m.get("late") else 0):
            self.opened_at = self.first_failure_at if self.m.get("first_failure") else seen


MISTAKES = [
    ({"no_reset": True}, "a success while closed resets the count: only consecutive failures open the circuit"),
    ({"late": True}, "failure_threshold consecutive failures open the circuit (count >= failure_threshold), not one more"),
    ({"strict": True}, "the circuit is half-open as soon as clock() − opened_at >= reset_timeout: exactly at the "
                       "boundary it is half-open (>=, not >)"),
    ({"no_restart": True}, "a failed trial opens the circuit again and restarts the timer: opened_at becomes the time "
                           "the trial's failure was seen"),
    ({"first_failure": True}, "opened_at is when the failure that opened the circuit was seen (the last of the run), "
                              "not when the run of failures began"),
    ({"before": True}, "opened_at is when the failure was seen, that is when fn raised: read the clock after fn "
                       "returns control, not before calling it (a call that times out after 30 s would otherwise "
                       "shorten the open period by 30 s)"),
    ({"trial_keeps_count": True}, "a successful trial closes the circuit with the count reset to 0"),
    ({"base_counts": True}, "a BaseException (KeyboardInterrupt, SystemExit) is not a failure: it passes through and "
                            "changes nothing; catch Exception, not BaseException"),
    ({"base_success": True}, "a BaseException is not a success either: it passes through and changes nothing (the "
                             "count stays as it was)"),
    ({"base_sticks": True}, "a BaseException that ends a trial (KeyboardInterrupt) must still end it: the circuit stays "
                            "half-open and the next call is a new trial (clear the in-flight flag for a BaseException "
                            "too, then re-raise)"),
    ({"stale_state": True}, "the state property must read the clock: it reads \"half_open\" as soon as clock() − "
                            "opened_at >= reset_timeout, without any call in between"),
]

ERRORS = ("ProviderError", "RateLimited", "TimeoutError", "ConnectionError", "ValueError", "KeyError", "RuntimeError")


def num(x) -> str:
    """Times as a learner reads them: 0.5, 30.0, 1048576.125."""
    return repr(x) if type(x) is float else show(x)


def clock_cap(operations: int) -> int:
    """Past this many clock reads in one breaker's life the reads are runaway (O(1) per call
    allows a few per call): the judge stops answering."""
    return 10 * operations + 100


def _report(err: RemoteError) -> dict:
    return {"type": err.type_name, "mro": err.mro, "message": err.detail, "traceback": err.where,
            "recursion": err.recursion}


def _shown_args(args, kwargs) -> str:
    return ", ".join([num(a) for a in args] + [f"{k}={num(v)}" for k, v in kwargs.items()])


class Scenario:
    """One breaker of the submission's, on the judge's clock, checked step by step."""

    def __init__(self, threshold, timeout, start=0.0) -> None:
        self.now = start
        self.replies = itertools.count(1)
        self.operations = 0
        self.clock = Callback(self._read, name="clock")
        self.models = [Model(threshold, timeout)] + [Model(threshold, timeout, **m) for m, _ in MISTAKES]
        self.alive = [True] * len(MISTAKES)  # the mistakes that agree with everything observed so far
        self.diverged = [None] * len(MISTAKES)  # the step at which each mistake's bookkeeping first differed
        self.history = [f"breaker = CircuitBreaker({num(threshold)}, {num(timeout)}, clock=clock)"]
        call = f"{self.history[0]} at t = {num(start)}"
        try:
            with asking(call):
                self.breaker = submission().CircuitBreaker(threshold, timeout, clock=self.clock)
        except RemoteError as err:
            if err.is_a("ValueError"):
                raise WrongAnswer(f"{call} raised ValueError: {err.detail}, expected a breaker: only "
                                  "failure_threshold < 1 or reset_timeout < 0 are refused (failure_threshold = 1 "
                                  "and reset_timeout = 0 are allowed)") from None
            raise_reported(_report(err), call)

    @property
    def model(self) -> Model:
        return self.models[0]

    # the judge's clock ------------------------------------------------------------------------------
    def _read(self, *args, **kwargs):
        if args or kwargs:
            raise WrongAnswer(f"{self.transcript()}: clock was called with arguments; a clock is called as clock()")
        if self.clock.calls > clock_cap(self.operations):
            raise TooSlow(f"{self.transcript()}: the clock was read {self.clock.calls} times for {self.operations} "
                          "operations; each call needs a reading or two (O(1) per call)")
        return self.now

    def at(self, t) -> "Scenario":
        self.now = t
        return self

    def later(self, dt) -> "Scenario":
        self.now = self.now + dt
        return self

    def transcript(self, most: int = 16) -> str:
        shown = self.history if len(self.history) <= most else self.history[:2] + ["…"] + self.history[-(most - 3):]
        return "; ".join(shown)

    # the state ----------------------------------------------------------------------------------------
    def state(self) -> str:
        self.operations += 1
        shown = f"t = {num(self.now)}: breaker.state"
        expected = [m.state(self.now) for m in self.models]
        try:
            with asking(f"{self.transcript()}; {shown}"):
                got = self.breaker.state
        except RemoteError as err:
            raise_reported(_report(err), f"{self.transcript()}; {shown}")
        if type(got).__name__ == "_Method":
            raise WrongAnswer(f"{self.transcript()}; {shown} is a method: the contract asks for a property "
                              "(@property def state(self)), read as breaker.state")
        if not same(got, expected[0]):
            if not same(got, "closed") and not same(got, "open") and not same(got, "half_open"):
                rule = 'state is one of the strings "closed", "open" and "half_open"'
            else:
                rule = self._explain([same(got, v) for v in expected[1:]], self._why_state(expected[0]))
            raise WrongAnswer(f"{self.transcript()}; {shown} returned {show(got)}, expected {show(expected[0])}: {rule}")
        self._observed([same(got, v) for v in expected[1:]])
        self.history.append(f"{shown} → {show(got)}")
        return expected[0]

    def _observed(self, agrees: list) -> None:
        self.alive = [a and ok for a, ok in zip(self.alive, agrees)]

    def _explain(self, agrees: list, default: str) -> str:
        """The usual mistakes that explain everything observed, this step included (at most three;
        the one whose bookkeeping went astray earliest first)."""
        found = [(self.diverged[i] if self.diverged[i] is not None else len(self.history), i)
                 for i, (a, ok) in enumerate(zip(self.alive, agrees)) if a and ok]
        return " Or: ".join(MISTAKES[i][1] for _, i in sorted(found)[:3]) if found else default

    def _track(self) -> None:
        """After a step: note which mistakes' bookkeeping now differs from the contract's."""
        right = self.model
        for i, m in enumerate(self.models[1:]):
            if self.diverged[i] is None and (m.failures, m.opened_at, m.trial) != (right.failures, right.opened_at, right.trial):
                self.diverged[i] = len(self.history)

    def _why_state(self, expected: str) -> str:
        m = self.model
        if expected == "half_open" and m.trial:
            return "a trial call is in flight, and meanwhile the circuit is half-open"
        if expected == "half_open":
            return (f"the circuit opened at t = {num(m.opened_at)} and reset_timeout is {num(m.timeout)}, so from "
                    f"t = {num(m.opened_at + m.timeout)} on (clock() − opened_at >= reset_timeout) it reads "
                    "\"half_open\", until a trial call ends")
        if expected == "open":
            return (f"the circuit opened at t = {num(m.opened_at)} (when the failure that opened it was seen) and "
                    f"reset_timeout is {num(m.timeout)}: it is open until t = {num(m.opened_at + m.timeout)}")
        return (f"{m.failures} consecutive failure{'s' if m.failures != 1 else ''} since the last success, and "
                f"failure_threshold is {m.threshold}: the circuit is closed")

    # calls ----------------------------------------------------------------------------------------------
    def ok(self, *args, takes=0.0, **kwargs):
        """call(ask_llm, *args, **kwargs) where ask_llm returns a new reply (after `takes` seconds)."""
        return self._call("ok", args, kwargs, takes=takes)

    def fail(self, *args, error="ProviderError", takes=0.0, **kwargs):
        """call(ask_llm, …) where ask_llm raises a new `error` (after `takes` seconds)."""
        return self._call("fail", args, kwargs, takes=takes, error=error)

    def interrupted(self, *args, takes=0.0, **kwargs):
        """call(…) where fn raises Interrupted, a BaseException of support.py (like KeyboardInterrupt)."""
        return self._call("base", args, kwargs, takes=takes, via="interrupted")

    def reentrant(self, outcome="ok", *, takes=0.0, error="ProviderError"):
        """A trial call whose fn first calls breaker.call(second_request) itself (which must raise
        CircuitOpenError without calling second_request) and reads breaker.state ("half_open")."""
        if self.model.admits(self.now) != "trial":
            raise InternalError("Scenario.reentrant is only for a trial call (the model is not half-open)")
        return self._call(outcome, ("prompt",), {}, takes=takes, error=error, via="reentrant")

    def concurrent(self, outcome="ok", *, takes=0.0, error="ProviderError"):
        """A trial call during which another thread calls breaker.call(other) (which must raise
        CircuitOpenError at once, without calling other) and reads breaker.state."""
        if self.model.admits(self.now) != "trial":
            raise InternalError("Scenario.concurrent is only for a trial call (the model is not half-open)")
        return self._call(outcome, ("prompt",), {}, takes=takes, error=error, via="concurrent")

    def _call(self, kind, args, kwargs, *, takes=0.0, error="ProviderError", via="plain"):
        self.operations += 1
        before = self.now
        hows = [m.admits(before) for m in self.models]
        how = hows[0]
        name = {"plain": "ask_llm", "interrupted": "interrupted_llm_call", "reentrant": "trial_that_calls_back",
                "concurrent": "trial_with_a_concurrent_caller"}[via]
        does = {"ok": "returns", "fail": f"raises {error}", "base": "raises Interrupted (a BaseException)"}[kind]
        if takes:
            does += f" after {num(takes)} s"
        shown = f"t = {num(before)}: call({name}{', ' if args or kwargs else ''}{_shown_args(args, kwargs)}) [{name} {does}]"
        where = f"{self.transcript()}; {shown}"
        reply = f"reply {next(self.replies)}"
        run = {"received": [], "token": None}

        def fn(*a, **k):
            run["received"].append((list(a), dict(k)))
            if len(run["received"]) == 1:
                self.now = before + takes
            if kind == "fail":
                exc = RaiseInSubmission(error, f"the provider failed ({reply})")
                run["token"] = exc.token
                raise exc
            return reply

        ask = Callback(fn, name=name)
        report = {}
        second = Callback(lambda *a, **k: "the second request's reply", name="second_request")

        def record(seen):
            report.update(seen if type(seen) is dict else {"malformed": True})

        slow = {"reentrant": "fn called breaker.call itself during the trial, and that call never returned: a lock "
                             "held while fn runs deadlocks it (hold a lock only around the bookkeeping, never around fn)",
                "concurrent": "a call from another thread during the trial never returned: never hold a lock while fn runs"}
        try:
            with asking(where, if_slow=slow.get(via)):
                if via == "plain":
                    got = ("returned", self.breaker.call(ask, *args, **kwargs))
                elif via == "interrupted":
                    got = ("support", support().call_interrupted(self.breaker, ask, *args, **kwargs))
                elif via == "reentrant":
                    got = ("returned", support().call_reentrant(self.breaker, ask, second, Callback(record, name="report"),
                                                                *args, **kwargs))
                else:
                    got = ("returned", support().call_with_concurrent_caller(self.breaker, ask, Callback(record, name="report"),
                                                                             *args, **kwargs))
        except RemoteError as err:
            got = ("raised", err)
        after = self.now
        ran = len(run["received"])
        if via in ("reentrant", "concurrent") and (report or ran):
            self._judge_inner(where, via, report, second)
        outcome = self._judge(where, how, hows, kind, got, ran, run, reply, args, kwargs, error)
        self._observed([(h != "refused") == bool(ran) for h in hows[1:]])
        for m, h in zip(self.models, hows):
            if h != "refused":
                m.finish(h, kind, before, after)
        self._track()
        self.history.append(f"{shown} → {outcome}")
        return outcome

    def _judge(self, where, how, hows, kind, got, ran, run, reply, args, kwargs, error) -> str:
        """What one call did against what the contract says; the outcome as the history shows it."""
        refused = got[0] == "raised" and got[1].is_a("CircuitOpenError")
        if how == "refused":
            if ran:
                why = self._explain([h != "refused" for h in hows[1:]], self._why_refused())
                raise WrongAnswer(f"{where}: the call went through (fn was called), expected CircuitOpenError "
                                  f"without a call of fn: {why}")
            if refused:
                return "CircuitOpenError"
            if got[0] == "raised":
                raise WrongAnswer(f"{where} raised {got[1].type_name}: {got[1].detail}, expected CircuitOpenError: "
                                  f"{self._why_refused()}")
            raise WrongAnswer(f"{where} returned {show(self._value(got))} without calling fn, expected it to raise "
                              f"CircuitOpenError: {self._why_refused()}")
        # the call must go through: fn called exactly once, with exactly the arguments given
        if not ran:
            if refused:
                why = self._explain([h == "refused" for h in hows[1:]],
                                    self._why_state("closed") if how == "closed" else
                                    "the reset timeout has passed, so the circuit is half-open and this call is the "
                                    "one trial call: it goes through")
                raise WrongAnswer(f"{where} raised CircuitOpenError, expected the call to go through: {why}")
            if got[0] == "raised":
                raise_reported(_report(got[1]), where)
            raise WrongAnswer(f"{where} returned {show(self._value(got))} without calling fn: call(fn, *args, "
                              "**kwargs) calls fn(*args, **kwargs) and returns what it returns")
        if ran > 1:
            raise WrongAnswer(f"{where}: fn was called {ran} times, expected once: call makes exactly one call of fn "
                              "(a breaker does not retry)")
        received = run["received"][0]
        if not (same(received[0], list(args)) and same(received[1], dict(kwargs))):
            raise WrongAnswer(f"{where}: fn received ({_shown_args(*received)}), expected ({_shown_args(args, kwargs)}): "
                              "call(fn, *args, **kwargs) calls fn(*args, **kwargs) with exactly the arguments given")
        if kind == "ok":
            if got[0] == "raised":
                if refused:
                    raise WrongAnswer(f"{where}: fn was called and returned, but call raised CircuitOpenError; "
                                      "expected it to return fn's reply")
                raise_reported(_report(got[1]), where)
            value = self._value(got)
            if not same(value, reply):
                raise WrongAnswer(f"{where} returned {show(value)}, expected {show(reply)}, what fn returned")
            return show(reply)
        if kind == "fail":
            if got[0] != "raised":
                raise WrongAnswer(f"{where} returned {show(self._value(got))}, expected it to raise the {error} fn "
                                  "raised: every Exception from fn is counted and re-raised")
            err = got[1]
            if err.token is not None and err.token == run["token"]:
                return f"raised {error}"
            if refused:
                raise WrongAnswer(f"{where} raised CircuitOpenError, expected the {error} fn raised: the failure "
                                  "that opens the circuit is still re-raised as it is (only later calls are refused)")
            what = (f"another {err.type_name} with the same message" if err.type_name == error
                    else f"{err.type_name}: {err.detail}")
            raise WrongAnswer(f"{where} raised {what}, not the very {error} object fn raised: re-raise it unchanged "
                              "(a bare `raise`), do not wrap, copy or replace it")
        # a BaseException (support.call_interrupted reports what came out)
        if got[0] == "raised":
            if refused:
                raise WrongAnswer(f"{where} raised CircuitOpenError, expected the Interrupted fn raised")
            raise WrongAnswer(f"{where} raised {got[1].type_name}: {got[1].detail}, expected the Interrupted "
                              "(a BaseException) fn raised: it passes through unchanged")
        result = self._value(got)
        if type(result) is not dict or "interrupted" not in result:
            raise WrongAnswer(f"{where} returned {show(result.get('returned') if type(result) is dict else result)}, "
                              "expected the Interrupted (a BaseException, like KeyboardInterrupt) fn raised to pass "
                              "through: never swallow a BaseException")
        if result["interrupted"] is not True:
            raise WrongAnswer(f"{where} raised another Interrupted, not the very object fn raised: let a "
                              "BaseException pass through unchanged")
        return "Interrupted passed through"

    @staticmethod
    def _value(got):
        value = got[1]
        return getattr(value, "value", value) if type(value).__name__ == "DataAttribute" else value

    def _why_refused(self) -> str:
        m = self.model
        if m.trial:
            return "a trial call is already in flight; other calls meanwhile are refused"
        return (f"the circuit opened at t = {num(m.opened_at)} and reset_timeout is {num(m.timeout)}, so it stays "
                f"open until t = {num(m.opened_at + m.timeout)}; call raises CircuitOpenError without calling fn")

    def _judge_inner(self, where, via, report, second) -> None:
        """What the call made during the trial (reentrant, or from another thread) saw."""
        who = ("fn, during the trial call, called breaker.call(second_request) itself" if via == "reentrant"
               else "during the trial call, another thread called breaker.call(other)")
        if report.get("malformed") or not report:
            raise WrongAnswer(f"{where}: the trial's fn did not complete its check (nothing was reported)")
        if via == "concurrent" and not report.get("finished"):
            raise WrongAnswer(f"{where}: {who}, and that call was still waiting {2.0} s later: while the trial is "
                              "in flight other calls raise CircuitOpenError at once; do not hold a lock while fn runs")
        ran = second.calls if via == "reentrant" else (1 if report.get("other_ran") else 0)
        inner = report.get("second") if via == "reentrant" else report
        if ran:
            raise WrongAnswer(f"{where}: {who}, and the breaker let it through: half-open lets exactly one trial "
                              "call through; other calls meanwhile raise CircuitOpenError")
        raised = inner.get("raised") if type(inner) is dict else None
        if raised is None:
            raise WrongAnswer(f"{where}: {who}, and it returned {show(inner.get('returned') if type(inner) is dict else inner)} "
                              "without calling it, expected CircuitOpenError")
        if "CircuitOpenError" not in (raised.get("mro") or []):
            raise_reported(raised, f"{where}: {who}")
        if "state_raised" in report:
            raise_reported(report["state_raised"], f"{where}: {who}; then breaker.state")
        if not same(report.get("state"), "half_open"):
            raise WrongAnswer(f"{where}: {who}; then breaker.state returned {show(report.get('state'))}, expected "
                              "'half_open': while the trial is in flight the circuit is half-open")


class Breakers:
    """What the tests use (a fixture, since the judge imports test files by path)."""

    Scenario = Scenario
    Model = Model
    ERRORS = ERRORS

    @staticmethod
    def new(threshold, timeout, start=0.0) -> Scenario:
        return Scenario(threshold, timeout, start)

    @staticmethod
    def refused(why: str, *args, **kwargs) -> None:
        """CircuitBreaker(*args, **kwargs) must raise ValueError."""
        from judge.testing import expect_raises

        expect_raises("ValueError", submission().CircuitBreaker, *args, note=why, **kwargs)

    @staticmethod
    def with_default_clock(threshold, timeout, steps) -> None:
        """CircuitBreaker(threshold, timeout) without a clock: time.monotonic (the judge's, in the
        solution process) must be its clock; the steps must match the model."""
        call = f"breaker = CircuitBreaker({num(threshold)}, {num(timeout)}) with no clock argument"
        with asking(call):
            report = support().with_default_clock(threshold, timeout, steps)
        model = Model(threshold, timeout)
        shown = [call]
        words = {"returned": "returned", "raised": "raised the very ProviderError fn raised", "refused": "CircuitOpenError"}
        for i, (t, what) in enumerate(steps):
            step = f"t = {num(t)} (time.monotonic()): " + ("breaker.state" if what == "state" else
                                                             f"call(fn) [fn {'raises ProviderError' if what == 'fail' else 'returns'}]")
            if i >= len(report["results"]):
                raise_reported(report["raised"], "; ".join(shown + [step]))
            got = report["results"][i]
            if what == "state":
                want = model.state(t)
            else:
                how = model.admits(t)
                want = "refused" if how == "refused" else ("raised" if what == "fail" else "returned")
                if how != "refused":
                    model.finish(how, what, t, t)
            if got != want:
                raise WrongAnswer(f"{'; '.join(shown)}; {step} gave {show(words.get(got, got))}, expected "
                                  f"{show(words.get(want, want))}: with no clock argument the breaker reads "
                                  "time.monotonic() (the judge sets it here); not time.time() or any other clock")
            shown.append(f"{step} → {words.get(got, got)}")


@pytest.fixture(scope="session")
def breakers():
    return Breakers
