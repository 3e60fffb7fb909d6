"""Fixed cases: the `first_bad` fixture (conftest.py) calls the submission's first_bad(n, is_bad)
with the judge's is_bad and checks every call it makes (a version in 0 … n-1, never twice, at
most n.bit_length() calls) and what it returns or raises."""

from judge.testing import RaiseInSubmission


def test_statement_example(first_bad):
    first_bad(100, 37)


def test_every_version_is_bad(first_bad):
    first_bad(10, 0)
    first_bad(16, 0)


def test_no_version_is_bad(first_bad):
    first_bad(10, None)
    first_bad(16, None)


def test_only_the_last_version_is_bad(first_bad):
    first_bad(2, 1)
    first_bad(10, 9)


def test_one_version_and_it_is_bad(first_bad):
    first_bad(1, 0)


def test_one_version_and_it_is_good(first_bad):
    first_bad(1, None)


def test_no_versions_at_all(first_bad):
    first_bad(0)


def test_negative_n_is_a_value_error(first_bad):
    first_bad(-1)
    first_bad(-100)


def test_an_exception_from_is_bad_propagates(first_bad):
    first_bad(100, 37, fail=RaiseInSubmission("RuntimeError", "the test suite crashed on this version"))


def test_the_callers_own_exception_propagates_from_any_call(first_bad):
    first_bad(100, 37, fail=RaiseInSubmission("BuildFailed", "version does not compile"), fail_on=3)
    first_bad(1000, None, fail=RaiseInSubmission("ValueError", "corrupt checkout"), fail_on=2)


def test_two_to_the_62_versions(first_bad):
    first_bad(2**62, 2**61 + 5)
    first_bad(2**62, 2**62 - 1)
