"""NumPy in the sandbox, and arrays across its boundary both ways: a submission imports numpy
under every active layer with BLAS on one thread; what it returns arrives as a real ndarray
(dtype, shape, bytes); anything that only claims to be an array is the submission's fault
(runtime_error or wrong_answer), never the judge's; expect_close says where arrays differ."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import numpy
import pytest
from click.testing import CliRunner

from judge.cli import main
from judge.judging import judge_submission
from judge.model import load_kata
from judge.testing import WrongAnswer, expect_close
from judge.verdict import Verdict

TESTS = '''
import numpy
from judge.testing import expect, expect_close


def test_scaled(solution):
    x = numpy.arange(6, dtype=numpy.float64).reshape(2, 3)
    expect_close(solution.scaled(x, 2.0), x * 2.0, abs=1e-9)


def test_blas_runs_on_one_thread(solution):
    expect(solution.blas_threads(), "1")
'''

REFERENCE = '''
import os

import numpy


def scaled(x, factor):
    assert type(x) is numpy.ndarray and x.dtype == numpy.float64  # a real array arrived
    return x @ numpy.eye(x.shape[1]) * factor


def blas_threads():
    return os.environ.get("OPENBLAS_NUM_THREADS")
'''


@pytest.fixture(scope="module")
def kata(tmp_path_factory):
    root = tmp_path_factory.mktemp("arrays") / "scale-array"
    (root / "tests").mkdir(parents=True)
    (root / "submissions" / "accepted").mkdir(parents=True)
    (root / "kata.toml").write_text(textwrap.dedent('''
        title = "Scale an array"
        track = "llm"
        difficulty = "easy"
        tags = ["numpy"]
        requires = ["scaled", "blas_threads"]

        [groups]
        examples = 100
    '''))
    (root / "statement.md").write_text("Scale an array.\n")
    (root / "stub.py").write_text("def scaled(x, factor):\n    raise NotImplementedError\n")
    (root / "tests" / "test_examples.py").write_text(TESTS)
    (root / "submissions" / "accepted" / "reference.py").write_text(REFERENCE)
    return load_kata(root)


def _judge(kata, tmp_path, source: str):
    path = tmp_path / "submission.py"
    path.write_text(textwrap.dedent(source))
    return judge_submission(kata, path)


def test_numpy_imports_in_the_sandbox_and_arrays_cross_both_ways(kata):
    result = judge_submission(kata, kata.reference_path)
    assert result.verdict is Verdict.ACCEPTED, result.first_failure()


CLAIMS = {
    # a class of its own that calls itself numpy.ndarray, with parts that disagree
    "fake_ndarray": ('''
        import numpy
        class ndarray:
            __module__ = "numpy"
            dtype = numpy.dtype("float64")
            shape = (2, 3)
            def tobytes(self):
                return b"\\0" * 7
        def scaled(x, factor):
            return ndarray()
        def blas_threads():
            return "1"
    ''', Verdict.RUNTIME_ERROR),
    # a subclass whose comparisons are rigged: it crosses as an object, not as an array
    "rigged_subclass": ('''
        import numpy
        class Always(numpy.ndarray):
            def __eq__(self, other):
                return True
        def scaled(x, factor):
            return (x * 2.0).view(Always)
        def blas_threads():
            return "1"
    ''', Verdict.WRONG_ANSWER),
    "object_dtype": ('''
        import numpy
        def scaled(x, factor):
            return numpy.array([[object()] * 3] * 2, dtype=object)
        def blas_threads():
            return "1"
    ''', Verdict.WRONG_ANSWER),
    "float32": ('''
        def scaled(x, factor):
            return (x * factor).astype("float32")
        def blas_threads():
            return "1"
    ''', Verdict.WRONG_ANSWER),
    "a_list": ('''
        def scaled(x, factor):
            return (x * factor).tolist()
        def blas_threads():
            return "1"
    ''', Verdict.WRONG_ANSWER),
    "more_blas_threads": ('''
        import os
        def scaled(x, factor):
            return x * factor
        def blas_threads():
            return "4"
    ''', Verdict.WRONG_ANSWER),
}


@pytest.mark.parametrize("name", list(CLAIMS))
def test_what_only_claims_to_be_an_array_is_the_submission_s_fault(kata, tmp_path, name):
    source, verdict = CLAIMS[name]
    result = _judge(kata, tmp_path, source)
    assert result.verdict is verdict, result.first_failure()


def test_array_feedback_says_where_they_differ():
    expected = numpy.array([[0.2, 0.7311], [0.5, 0.5]])
    actual = expected.copy()
    actual[1, 0] = 0.2689
    with pytest.raises(WrongAnswer) as caught:
        expect_close(actual, expected, call="softmax(x)")
    assert str(caught.value) == ("softmax(x) returned values that differ at row 1, column 0: 0.2689, expected 0.5 "
                                 "(1 of 4 elements differ beyond 1e-09 relative or 1e-12 absolute)")
    actual[1, 1] = 0.0
    with pytest.raises(WrongAnswer, match="the largest difference is at row 1, column 1: 0, expected 0.5"):
        expect_close(actual, expected, call="softmax(x)")
    with pytest.raises(WrongAnswer, match=r"returned an array of shape \(2,\), expected shape \(2, 2\)"):
        expect_close(expected[0], expected, call="f()")
    with pytest.raises(WrongAnswer, match="item 1 is 1 \\(int\\), not a float"):
        expect_close([0.5, 1], [0.5, 1.0], call="f()")
    expect_close([0.5, float("nan"), float("-inf")], [0.5, float("nan"), float("-inf")])
    expect_close(numpy.array([1.0, 2.0]), numpy.array([1.0, 2.0 + 1e-10]), abs=1e-9)


def test_doctor_proves_numpy_imports_in_the_sandbox():
    done = CliRunner().invoke(main, ["doctor", "--format", "json"])
    packages = {p["name"]: p for p in json.loads(done.stdout)["packages"]}
    assert packages["numpy"]["importable"], packages
    assert "BLAS threads: 1" in packages["numpy"]["detail"]
