"""The kata author's API and the plugin, on their own: expectations and their messages, and
how the plugin turns each test's failure into a verdict (no solution process involved)."""

from __future__ import annotations

import textwrap
from types import SimpleNamespace

import pytest

from judge import testing
from judge.failures import WrongAnswer
from judge.plugin import JudgePlugin
from judge.verdict import Verdict


def test_expect_is_exact_about_types_and_says_what_was_returned():
    testing.expect([1, 2], [1, 2])
    with pytest.raises(WrongAnswer, match=r"f\(\) returned True \(a bool, not an int\), expected 1: a count"):
        testing.expect(True, 1, call="f()", note="a count")


def test_expect_unordered_names_what_is_missing_and_extra():
    testing.expect_unordered([(1, 5), (-1, 7)], [(-1, 7), (1, 5)])
    with pytest.raises(WrongAnswer, match=r"missing \[\(1, 5\)\]; unexpected \[\(2, 4\)\]"):
        testing.expect_unordered([(-1, 7), (2, 4)], [(-1, 7), (1, 5)], call="find_pairs()")


def test_a_huge_wrong_answer_fails_fast_on_its_length():
    with pytest.raises(WrongAnswer, match="items where 2 were expected"):
        testing.expect([[]] * 200_000, [1, 2], call="f()")


def test_expect_close_takes_floats_within_tolerance_only():
    testing.expect_close(0.1 + 0.2, 0.3, call="mean()")
    with pytest.raises(WrongAnswer, match="expected 0.3"):
        testing.expect_close(0.31, 0.3, call="mean()")
    with pytest.raises(WrongAnswer):
        testing.expect_close(0, 0.0, call="mean()")  # an int is not a float


def test_the_declared_api_is_complete():
    assert all(hasattr(testing, name) for name in testing.__all__)


def test_plugin_gives_each_failure_its_verdict(tmp_path):
    (tmp_path / "test_group.py").write_text(textwrap.dedent('''
        from judge.testing import WrongAnswer, InternalError, TooSlow

        def test_passes():
            pass

        def test_wrong():
            raise WrongAnswer("f(1) returned 2, expected 3")

        def test_slow():
            raise TooSlow("grew too fast")

        def test_kata_bug():
            {}["missing"]

        def test_judge_fault():
            raise InternalError("the reference failed")
    '''))
    plugin = JudgePlugin(SimpleNamespace(death=None, config=None), engine=None)
    code = pytest.main([str(tmp_path / "test_group.py"), "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                        "--rootdir", str(tmp_path), "-W", "ignore"], plugins=[plugin])
    assert code == 1
    verdicts = {o.name: (o.verdict, o.message) for o in plugin.outcomes.values()}
    assert verdicts["test_passes"][0] is Verdict.ACCEPTED
    assert verdicts["test_wrong"] == (Verdict.WRONG_ANSWER, "f(1) returned 2, expected 3")
    assert verdicts["test_slow"] == (Verdict.TIME_LIMIT_EXCEEDED, "grew too fast")
    assert verdicts["test_kata_bug"][0] is Verdict.INTERNAL_ERROR and "KeyError" in verdicts["test_kata_bug"][1]
    assert verdicts["test_judge_fault"][0] is Verdict.INTERNAL_ERROR
