"""Any sequence of calls, returning or raising, on any durations: each call returns or
re-raises what compute did and logs exactly its own time (and its failure)."""

from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from judge.testing import support

# exact binary fractions of a second, so the elapsed time is known to the last digit
seconds = st.integers(min_value=0, max_value=40 * 1024).map(lambda k: k / 1024)
values = st.one_of(st.integers(-5, 99), st.text(alphabet="abxyz", max_size=4), st.lists(st.integers(0, 9), max_size=3), st.none())
errors = st.one_of(
    st.none(),
    st.tuples(
        st.sampled_from(["ValueError", "KeyError", "RuntimeError", "ZeroDivisionError", "PaymentDeclined"]),
        st.one_of(st.none(), st.text(alphabet="abc xyz:'", max_size=8)),
    ).map(list),
)
specs = st.fixed_dictionaries(
    {
        "args": st.tuples(values, st.lists(st.integers(0, 9), max_size=2)).map(lambda t: [t[0], *t[1]]),
        "seconds": seconds,
        "error": errors,
    },
    optional={"kwargs": st.dictionaries(st.sampled_from(["mode", "retries", "tag"]), st.integers(0, 9), max_size=2)},
)


@settings(max_examples=60, phases=[Phase.explicit, Phase.generate, Phase.shrink])  # no explain phase: slow, and adds nothing
@given(calls=st.lists(specs, min_size=1, max_size=5))
def test_every_call_returns_or_reraises_and_logs_its_own_time(calls, check):
    with check.asking_calls(calls):
        outcomes = support().run_calls(calls)
    for i, (outcome, spec) in enumerate(zip(outcomes, calls)):
        check.call(outcome, spec, tuple(o["call"] for o in outcomes[:i]))


def test_many_calls_match_the_reference(engine):
    # The calls the performance group measures, at a size it uses: every result, every
    # re-raised exception and every message logged must be the reference's.
    engine.check_answers("calls", 1_000, what="n calls of one function decorated with timer, one in ten raising",
                         size_name="n (calls)")
