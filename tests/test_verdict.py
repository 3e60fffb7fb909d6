from hypothesis import given
from hypothesis import strategies as st

from judge.verdict import FINAL_VERDICTS, Verdict, overall_verdict, score

verdicts = st.lists(st.sampled_from(list(Verdict)), max_size=6)


def test_all_accepted_is_accepted():
    assert overall_verdict([Verdict.ACCEPTED] * 4) is Verdict.ACCEPTED


def test_first_failure_in_pipeline_order_decides():
    v = [Verdict.ACCEPTED, Verdict.WRONG_ANSWER, Verdict.TIME_LIMIT_EXCEEDED]
    assert overall_verdict(v) is Verdict.WRONG_ANSWER


def test_skipped_groups_do_not_decide_but_are_not_a_pass():
    assert overall_verdict([Verdict.COMPILE_ERROR, Verdict.SKIPPED]) is Verdict.COMPILE_ERROR
    assert overall_verdict([Verdict.SKIPPED]) is Verdict.INTERNAL_ERROR
    assert overall_verdict([]) is Verdict.INTERNAL_ERROR


@given(verdicts)
def test_internal_error_anywhere_wins(vs):
    assert overall_verdict([*vs, Verdict.INTERNAL_ERROR]) is Verdict.INTERNAL_ERROR


@given(verdicts)
def test_accepted_only_when_every_group_accepted(vs):
    result = overall_verdict(vs)
    assert (result is Verdict.ACCEPTED) == (bool(vs) and all(v is Verdict.ACCEPTED for v in vs))
    assert result in FINAL_VERDICTS


@given(st.lists(st.tuples(st.integers(0, 50), st.sampled_from(list(Verdict))), max_size=6))
def test_score_is_0_to_100_and_100_only_when_all_weighted_groups_pass(groups):
    s = score(groups)
    assert 0 <= s <= 100
    weighted = [v for w, v in groups if w > 0]
    assert (s == 100) == (bool(weighted) and all(v is Verdict.ACCEPTED for v in weighted))


def test_score_rounds_down():
    assert score([(1, Verdict.ACCEPTED), (2, Verdict.WRONG_ANSWER)]) == 33


def test_json_strings_are_exactly_the_documented_ones():
    assert {v.value for v in FINAL_VERDICTS} == {
        "accepted", "wrong_answer", "runtime_error", "time_limit_exceeded",
        "memory_limit_exceeded", "compile_error", "rule_violation", "internal_error",
    }


def test_the_summary_says_complexity_holds_only_where_it_was_measured():
    from judge.results import summary

    group = lambda name, verdict="accepted", message="ok": {"name": name, "verdict": verdict, "message": message}  # noqa: E731
    assert summary({"verdict": "accepted", "groups": [group("examples")]}) == "All hidden tests passed."
    assert "stated complexity holds (performance measured)" in summary(
        {"verdict": "accepted", "groups": [group("examples"), group("performance")]})
    assert summary({"verdict": "wrong_answer", "groups": [group("examples"), group("properties", "wrong_answer", "f(1) returned 2")]}) \
        == "properties: f(1) returned 2"
