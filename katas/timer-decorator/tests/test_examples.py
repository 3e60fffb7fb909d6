"""Fixed cases. The judge decorates its own function, compute(value, *extra, seconds=0.0,
error=None, **options), which returns `value` itself after `seconds` on the judge's
perf_counter clock, or raises `error` (see support.py); `check` is in conftest.py."""

from judge.testing import WrongAnswer, asking, expect


def run(support, check, *specs):
    with check.asking_calls(specs):
        outcomes = support.run_calls(list(specs))
    for i, (outcome, spec) in enumerate(zip(outcomes, specs)):
        check.call(outcome, spec, tuple(o["call"] for o in outcomes[:i]))


def test_returns_the_result_and_logs_the_time(support, check):
    run(support, check, {"args": [41], "seconds": 0.25})


def test_returns_the_very_object(support, check):
    run(support, check, {"args": [[1, 2, 3]], "seconds": 1.5})


def test_passes_positional_and_keyword_arguments(support, check):
    run(support, check, {"args": ["x", 2, 3], "kwargs": {"mode": "fast", "retries": 0}, "seconds": 0.0625})
    run(support, check, {"args": [None], "kwargs": {"value2": None}})


def test_keeps_the_function_metadata(support):
    with asking("timer(compute)"):
        found = support.metadata()
    for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
        got, want = found[attr]
        expect(got, want, call=f"timer(compute).{attr}",
               note="the wrapper must carry the function's own attributes (functools.wraps)")
    expect(found["__wrapped__"], "the original", call="timer(compute).__wrapped__ (is it compute?)",
           note="functools.wraps sets __wrapped__ to the decorated function")


def test_decorating_neither_calls_nor_logs(support):
    with asking("timer(compute) alone, without calling what it returns"):
        effects = support.decoration_effects()
    expect(effects["times_called"], 0, call="timer(compute) alone: the number of times compute ran",
           note="decorating must not call the function; the wrapper calls it")
    expect(effects["records"], [], call="timer(compute) alone: the records logged",
           note="nothing is logged until the decorated function is called")


def test_reraises_the_very_same_exception(support, check):
    run(support, check, {"args": [7], "seconds": 0.5, "error": ["ValueError", "bad input"]})


def test_logs_each_kind_of_failure(support, check):
    run(
        support,
        check,
        {"args": ["k"], "seconds": 0.125, "error": ["KeyError", "missing"]},
        {"args": [0], "seconds": 2.0, "error": ["PaymentDeclined", "card expired"]},
        {"args": [1], "error": ["ZeroDivisionError", None]},
    )


def test_each_call_is_timed_on_its_own(support, check):
    run(
        support,
        check,
        {"args": [1], "seconds": 0.25},
        {"args": [2], "seconds": 1.5, "error": ["RuntimeError", "disk full"]},
        {"args": [3], "seconds": 0.0},
        {"args": [4], "seconds": 3.0},
    )


def test_elapsed_has_four_decimals(support, check):
    run(
        support,
        check,
        {"args": ["a"], "seconds": 1 / 1024},  # 0.0009765625 -> 0.0010
        {"args": ["b"], "seconds": 0.123046875},  # -> 0.1230
        {"args": ["c"], "seconds": 3600.5},  # -> 3600.5000
    )


def test_works_on_methods(support, check):
    with asking("class Counter with a method add decorated with @timer; Counter()"):
        counter = support.Counter()
    for amount, seconds, total in ((5, 0.25, 5), (10, 1.0, 15)):
        call = f"Counter().add({amount}, seconds={seconds}) on a method decorated with @timer"
        with asking(call):
            expect(counter.add(amount, seconds=seconds), total, note="add() returns the counter's new total")
        records = support.method_records()
        try:
            # the qualified name is an acceptable reading of "{name}" too
            check.records(records, check.expected(seconds, None, "Counter.add"), call, names=("add", "Counter.add"))
        except WrongAnswer:
            check.records(records, check.expected(seconds, None, "add"), call, names=("add", "Counter.add"))

