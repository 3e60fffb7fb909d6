"""Fixed cases. The judge decorates its own function, fetch(*args, **kwargs), which on each run
raises a new exception or returns a new Response as the test's script says, and hands retry a
sleep that records its waits (support.py). `check` is in conftest.py: it compares what happened
with the model of the contract and names the clause that broke."""

from judge.testing import asking, expect

T, R, P = "TransientError", "RateLimited", "PermanentError"


def run(support, check, spec):
    with check.asking_scenario(spec):
        report = support.run_scenario(spec)
    check.scenario(report, spec)


def test_returns_at_once_when_nothing_fails(support, check):
    run(support, check, {"attempts": 3, "exceptions": T, "delay": 0.5, "calls": [
        {"script": [None], "args": ["a"], "kwargs": {"page": 2}},
    ]})


def test_retries_a_listed_exception_then_returns(support, check):
    run(support, check, {"attempts": 3, "exceptions": "ConnectionError", "delay": 0.5, "calls": [
        {"script": [["ConnectionError", "reset"], ["ConnectionError", "refused"], None], "args": ["/home"]},
    ]})


def test_gives_up_and_reraises_the_last_exception(support, check):
    run(support, check, {"attempts": 3, "exceptions": "TimeoutError", "delay": 0.25, "backoff": 3.0, "calls": [
        {"script": [["TimeoutError", "slow 1"], ["TimeoutError", "slow 2"], ["TimeoutError", "slow 3"], None],
         "args": ["db"]},
    ]})


def test_an_exception_not_listed_propagates_at_once(support, check):
    # not listed at all; a superclass of the listed class; after a retried failure
    run(support, check, {"attempts": 4, "exceptions": ["ConnectionError", "TimeoutError"], "delay": 1.0, "calls": [
        {"script": [["KeyError", "k"], None], "args": [1]},
        {"script": [["OSError", "disk full"], None], "args": [2]},
        {"script": [["TimeoutError", "slow"], ["ValueError", "bad reply"], None], "args": [3]},
    ]})
    run(support, check, {"attempts": 2, "exceptions": T, "calls": [{"script": [[P, "gone"], None]}]})


def test_subclasses_of_a_listed_exception_are_retried(support, check):
    run(support, check, {"attempts": 3, "exceptions": T, "delay": 0.5, "calls": [
        {"script": [[R, "slow down"], [T, "timeout"], None], "args": ["x"]},
    ]})
    run(support, check, {"attempts": 3, "exceptions": ["LookupError"], "delay": 0.125, "calls": [
        {"script": [["KeyError", "k"], ["KeyError", "k"], ["KeyError", "k"]]},
    ]})
    run(support, check, {"attempts": 2, "exceptions": ["OSError", T], "delay": 2.0, "calls": [
        {"script": [["ConnectionResetError", "peer"], None]},
    ]})


def test_waits_grow_by_the_backoff_factor(support, check):
    run(support, check, {"attempts": 5, "exceptions": T, "delay": 0.5, "backoff": 2.0, "calls": [
        {"script": [[T, "1"], [T, "2"], [T, "3"], [T, "4"], None]},
    ]})
    run(support, check, {"attempts": 4, "exceptions": T, "delay": 1.0, "backoff": 1.5, "calls": [
        {"script": [[T, "1"], [R, "2"], [T, "3"], [T, "4"]]},
    ]})
    run(support, check, {"attempts": 3, "exceptions": T, "delay": 0.75, "backoff": 1.0, "calls": [
        {"script": [[T, "1"], [T, "2"], None]},
    ]})


def test_the_default_backoff_is_two(support, check):
    run(support, check, {"attempts": 4, "exceptions": "ZeroDivisionError", "delay": 0.125, "calls": [
        {"script": [["ZeroDivisionError", None], ["ZeroDivisionError", None], ["ZeroDivisionError", None], None]},
    ]})


def test_sleeps_even_when_the_wait_is_zero(support, check):
    run(support, check, {"attempts": 3, "exceptions": "ValueError", "calls": [
        {"script": [["ValueError", "bad"], ["ValueError", "bad"], None], "args": ["0"]},
    ]})


def test_the_default_sleep_is_time_sleep(support, check):
    run(support, check, {"attempts": 3, "exceptions": T, "delay": 0.125, "sleep": "default", "calls": [
        {"script": [[T, "1"], [T, "2"], None]},
    ]})


def test_each_call_starts_with_all_the_attempts(support, check):
    again = {"script": [[T, "1"], [T, "2"], None], "args": ["same"]}
    run(support, check, {"attempts": 3, "exceptions": T, "delay": 0.5, "calls": [again, again, again]})
    run(support, check, {"attempts": 2, "exceptions": T, "delay": 0.5, "calls": [
        {"script": [[T, "1"], [T, "2"]], "args": ["a"]},
        {"script": [[T, "1"], None], "args": ["a"]},
        {"script": [None], "args": ["a"]},
    ]})


def test_one_attempt_means_no_retry(support, check):
    run(support, check, {"attempts": 1, "exceptions": T, "delay": 1.0, "calls": [
        {"script": [[T, "only"], None]},
        {"script": [None]},
    ]})


def test_many_attempts(support, check):
    failures = [[T, f"try {i}"] for i in range(1, 10)]
    run(support, check, {"attempts": 10, "exceptions": [T, "ConnectionError"], "delay": 0.5, "backoff": 3.0, "calls": [
        {"script": [*failures, None]},
        {"script": [*failures, ["ConnectionError", "last"], None]},
    ]})


def test_messages_name_the_qualified_function(support, check):
    run(support, check, {"attempts": 3, "exceptions": T, "qualname": "load_catalog.<locals>.fetch", "calls": [
        {"script": [[T, "1"], [T, "2"], [T, "3"]]},
    ]})


def test_works_on_methods(support, check):
    run(support, check, {"attempts": 3, "exceptions": T, "delay": 0.25, "method": True, "calls": [
        {"script": [[R, "busy"], None], "args": ["k1"], "kwargs": {"timeout": 2.5}},
        {"script": [[T, "1"], [T, "2"], [T, "3"]], "args": ["k2"]},
    ]})


def test_keeps_the_function_metadata(support):
    with asking("retry(2, TransientError, sleep=sleep)(fetch)"):
        found = support.metadata()
    for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
        got, want = found[attr]
        expect(got, want, call=f"retry(2, TransientError, sleep=sleep)(fetch).{attr}",
               note="the wrapper must carry the function's own attributes (functools.wraps)")
    expect(found["__wrapped__"], "the original", call="retry(2, TransientError, sleep=sleep)(fetch).__wrapped__ (is it fetch?)",
           note="functools.wraps sets __wrapped__ to the decorated function")


# arguments ---------------------------------------------------------------------------------------
def refused(support, check, why, *cases):
    for case in cases:
        with check.asking_arguments(case):
            report = support.check_arguments(case)
        check.refused(report, case, why)


def test_attempts_delay_and_backoff_out_of_range_are_refused(support, check):
    refused(support, check, "attempts must be at least 1",
            {"attempts": 0, "exceptions": T}, {"attempts": -2, "exceptions": T})
    refused(support, check, "delay must not be negative",
            {"attempts": 3, "exceptions": T, "delay": -0.5}, {"attempts": 3, "exceptions": T, "delay": -1e-9})
    refused(support, check, "backoff must be at least 1",
            {"attempts": 3, "exceptions": T, "backoff": 0.5}, {"attempts": 3, "exceptions": T, "backoff": 0.0},
            {"attempts": 3, "exceptions": T, "delay": 1.0, "backoff": 0.999})


def test_exceptions_that_are_not_exception_subclasses_are_refused(support, check):
    why = ("retry only what is an Exception subclass: BaseException, KeyboardInterrupt, SystemExit and "
           "GeneratorExit must always get through")
    refused(support, check, why, *({"attempts": 3, "exceptions": name}
                                   for name in ("BaseException", "KeyboardInterrupt", "SystemExit", "GeneratorExit")))
    refused(support, check, why, {"attempts": 3, "exceptions": [T, "KeyboardInterrupt"]},
            {"attempts": 3, "exceptions": ["SystemExit", "ValueError"]})
    refused(support, check, "exceptions names classes, and int is not an Exception subclass",
            {"attempts": 3, "exceptions": "int"}, {"attempts": 3, "exceptions": ["ValueError", "object"]})


def test_exceptions_must_be_a_class_or_a_tuple_of_classes(support, check):
    refused(support, check, "exceptions is an Exception subclass or a tuple of them, not a list",
            {"attempts": 3, "exceptions": {"list": [T]}}, {"attempts": 3, "exceptions": {"list": ["ValueError", "KeyError"]}})
    refused(support, check, "exceptions is a flat tuple of classes: a tuple inside it is refused",
            {"attempts": 3, "exceptions": [[T, "KeyError"]]}, {"attempts": 3, "exceptions": ["ValueError", ["KeyError"]]})
    refused(support, check, "exceptions names classes, not exception instances",
            {"attempts": 3, "exceptions": {"instance": T}}, {"attempts": 3, "exceptions": [{"instance": "ValueError"}]})
    refused(support, check, "exceptions names classes, not strings or other values",
            {"attempts": 3, "exceptions": {"value": "ValueError"}}, {"attempts": 3, "exceptions": {"value": None}},
            {"attempts": 3, "exceptions": {"value": 42}})


def test_an_empty_tuple_of_exceptions_is_refused(support, check):
    refused(support, check, "an empty tuple would retry nothing, so it is refused",
            {"attempts": 3, "exceptions": []})


def test_the_edge_values_are_accepted(support, check):
    # attempts=1, delay=0, backoff=1 and Exception itself are all allowed
    run(support, check, {"attempts": 1, "exceptions": "Exception", "delay": 0.0, "backoff": 1.0, "calls": [
        {"script": [["ValueError", "v"]]},
    ]})
    run(support, check, {"attempts": 3, "exceptions": ["Exception"], "delay": 0.0, "backoff": 1.0, "calls": [
        {"script": [["KeyError", "a"], [P, "b"], None]},
    ]})
