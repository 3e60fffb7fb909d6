"""Any number of attempts, any delay and backoff, any exceptions listed, and any sequence of
failures (listed or not, subclasses or not) over several calls of one decorated function or
method: what ran, slept, was logged, returned or raised matches the model (conftest.py). And
any out-of-range argument is refused with ValueError when retry(...) is called."""

from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from judge.testing import support

# every class support.py may raise (see EXCEPTIONS there), and what a test may list
RAISED = ["TransientError", "RateLimited", "PermanentError", "ConnectionError", "ConnectionResetError", "TimeoutError",
          "OSError", "ValueError", "KeyError", "LookupError", "ZeroDivisionError"]
LISTABLE = [*RAISED, "Exception"]
messages = st.one_of(st.none(), st.text(alphabet="abc xyz:'\"", max_size=6))
SETTINGS = settings(max_examples=80, phases=[Phase.explicit, Phase.generate, Phase.shrink])  # no explain phase: slow, adds nothing


@st.composite
def scenarios(draw):
    attempts = draw(st.integers(1, 12))
    names = draw(st.one_of(st.sampled_from(LISTABLE), st.lists(st.sampled_from(LISTABLE), min_size=1, max_size=3, unique=True)))
    spec = {"attempts": attempts, "exceptions": names}
    if draw(st.booleans()):
        spec["delay"] = draw(st.integers(0, 40)) / 8
    if draw(st.booleans()):
        spec["backoff"] = draw(st.integers(4, 16)) / 4
    if draw(st.integers(0, 7)) == 0:
        spec["sleep"] = "default"
    method = draw(st.integers(0, 4)) == 0
    if method:
        spec["method"] = True
    elif draw(st.integers(0, 4)) == 0:
        spec["qualname"] = draw(st.sampled_from(["Inventory.reload", "main.<locals>.fetch", "api.<locals>.Client.get"]))
    listed = names if type(names) is list else [names]
    # biased towards the listed classes, so that long runs of retries are common
    failing = st.one_of(st.sampled_from(listed), st.sampled_from(listed), st.sampled_from(RAISED))
    entry = st.one_of(*[st.tuples(failing, messages).map(list)] * 4, st.none())
    calls = []
    for _ in range(draw(st.integers(1, 3))):
        call = {"script": draw(st.lists(entry, min_size=attempts + 1, max_size=attempts + 1))}
        if method:
            call["args"] = [draw(st.sampled_from(["k1", "k2", "k3"]))]
            if draw(st.booleans()):
                call["kwargs"] = {"timeout": draw(st.integers(1, 20)) / 4}
        else:
            call["args"] = draw(st.lists(st.one_of(st.integers(-9, 99), st.text(alphabet="ab/", max_size=3)), max_size=2))
            call["kwargs"] = draw(st.dictionaries(st.sampled_from(["page", "timeout", "mode"]), st.integers(0, 9), max_size=2))
        calls.append(call)
    spec["calls"] = calls
    return spec


@SETTINGS
@given(spec=scenarios())
def test_any_failures_over_any_calls_match_the_model(spec, check):
    with check.asking_scenario(spec):
        report = support().run_scenario(spec)
    check.scenario(report, spec)


@st.composite
def long_runs(draw):
    """Up to 60 attempts and a run of listed failures as long as attempts allows (or longer)."""
    attempts = draw(st.integers(1, 60))
    failures = draw(st.integers(0, attempts))
    spec = {"attempts": attempts, "exceptions": ["TransientError", "TimeoutError"], "delay": draw(st.integers(1, 8)) / 8,
            "backoff": draw(st.integers(4, 6)) / 4}
    kinds = st.sampled_from(["TransientError", "RateLimited", "TimeoutError"])
    script = [[draw(kinds), f"try {i}"] for i in range(1, failures + 1)]
    spec["calls"] = [{"script": [*script, None], "args": [failures]}, {"script": [None]}]
    return spec


@settings(max_examples=30, phases=[Phase.explicit, Phase.generate, Phase.shrink])
@given(spec=long_runs())
def test_long_runs_of_failures_use_every_attempt(spec, check):
    with check.asking_scenario(spec):
        report = support().run_scenario(spec)
    check.scenario(report, spec)


numbers_out_of_range = st.one_of(
    st.integers(-5, 0).map(lambda a: ({"attempts": a, "exceptions": "TransientError"}, "attempts must be at least 1")),
    st.floats(-100.0, -1e-12).map(lambda d: ({"attempts": 3, "exceptions": "TransientError", "delay": d},
                                             "delay must not be negative")),
    st.floats(0.0, 1.0, exclude_max=True).map(lambda b: ({"attempts": 3, "exceptions": "TransientError", "backoff": b},
                                                         "backoff must be at least 1")),
)


@SETTINGS
@given(case=numbers_out_of_range)
def test_numbers_out_of_range_are_refused(case, check):
    arguments, why = case
    with check.asking_arguments(arguments):
        report = support().check_arguments(arguments)
    check.refused(report, arguments, why)


# a member that makes the exceptions value invalid, and why
INVALID_MEMBERS = [
    ("BaseException", "BaseException is not an Exception subclass"),
    ("KeyboardInterrupt", "KeyboardInterrupt must never be retried: it is not an Exception subclass"),
    ("SystemExit", "SystemExit must never be retried: it is not an Exception subclass"),
    ("GeneratorExit", "GeneratorExit is not an Exception subclass"),
    ("int", "int is not an Exception subclass"),
    ({"instance": "ValueError"}, "exceptions names classes, not exception instances"),
    (["KeyError"], "exceptions is a flat tuple of classes: a tuple inside it is refused"),
    ({"value": "TimeoutError"}, "exceptions names classes, not strings"),
]


@SETTINGS
@given(valid=st.lists(st.sampled_from(LISTABLE), max_size=3), bad=st.sampled_from(INVALID_MEMBERS), at=st.integers(0, 3))
def test_a_tuple_with_an_invalid_member_is_refused(valid, bad, at, check):
    member, why = bad
    names = [*valid[:at], member, *valid[at:]]
    arguments = {"attempts": 3, "exceptions": names}
    with check.asking_arguments(arguments):
        report = support().check_arguments(arguments)
    check.refused(report, arguments, why)
