"""The `reverses` fixture: reverses(s, want, note=None) checks that reverse_string(s) gives
`want`. Judged as LeetCode 344 (variant() is "reverse-string"), the call reaches the learner's
Solution().reverseString through the adapter, on list(s) reversed in place, and a failure
shows that list as the learner's code saw it and left it."""

import pytest

from judge.testing import RemoteError, WrongAnswer, expect, same, show, submission, variant


def check_reversed(s: str, want: str, note: str | None = None) -> None:
    if variant() is None:  # asked at each call: this file is imported before the judging starts
        expect(submission().reverse_string(s), want, note=note)
        return
    call = f"s = {show(list(s))}; Solution().reverseString(s)"
    try:
        got = submission().reverse_string(s)  # the adapter: the list as the call left it, joined
    except RemoteError as err:
        err.call = call
        raise
    if not same(got, want):
        left = list(got) if type(got) is str else got
        unchanged = ": s is as it was; reverse the list itself (LeetCode ignores what reverseString returns)" if got == s else ""
        raise WrongAnswer(f"{call} left s as {show(left)}, expected {show(list(want))}{unchanged}" + (f"; {note}" if note else ""))


@pytest.fixture
def reverses():
    return check_reversed
