"""Runs in the solution process. The judge's is_bad does not live here: it runs in the judge's
own process (a judge.testing.Callback), so nothing in this process knows which version is the
first bad one or how many calls were made. This module defines the exception classes that
is_bad raises in the submission, and the space group's workload, which calls first_bad with
is_bad functions of its own (only memory is measured there; the calls are counted elsewhere)."""


class BuildFailed(Exception):
    """The version does not build, so is_bad cannot tell whether it is bad (what `git bisect run`
    reports with exit code 125). A class of the caller's own: not a builtin, so a submission
    that catches only builtins still lets it through, and one that rebuilds it shows."""


class CallLimitReached(Exception):
    """What is_bad raises in the submission once it has been called far more often than the
    contract allows (4 × n.bit_length() + 64 calls): the verdict was decided at the call after
    the n.bit_length()-th, and a runaway loop must end. Never raised within the bound."""


def workload_space(solution, n, rng):
    """first_bad on n versions four times: the first bad version at random, first, last, and none.
    Nothing is built (the versions are never listed, that is the point), so the judge reads the
    peak during the calls against the reference's few pages."""
    firsts = [rng.randrange(n), 0, n - 1, None]
    yield
    answers = []
    for first in firsts:
        threshold = n if first is None else first
        answers.append(solution.first_bad(n, lambda v, t=threshold: v >= t))
    return answers


def first_bad_at(n, first):
    """For `kata test` (the statement's examples): first_bad(n, is_bad) with a plain local is_bad
    whose first bad version is `first` (None: no version is bad). The hidden tests use the
    judge's is_bad instead, which counts the calls."""
    import sys

    threshold = n if first is None else first
    return sys.modules["solution"].first_bad(n, lambda v: v >= threshold)
