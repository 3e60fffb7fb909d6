"""Runs in the solution process. The judge's is_bad does not live here: it runs in the judge's
own process (a judge.testing.Callback), so nothing in this process knows which version is the
first bad one or how many calls were made. This module only defines the exception class of
the kata's own that the judge's is_bad raises for a version it cannot test."""


class BuildFailed(Exception):
    """The version does not build, so is_bad cannot tell whether it is bad (what `git bisect run`
    reports with exit code 125). A class of the caller's own: not a builtin, so a submission
    that catches only builtins still lets it through, and one that rebuilds it shows."""


class CallLimitReached(Exception):
    """What is_bad raises in the submission once it has been called far more often than the
    contract allows (4 × n.bit_length() + 64 calls): the verdict was decided at the call after
    the n.bit_length()-th, and a runaway loop must end. Never raised within the bound."""
