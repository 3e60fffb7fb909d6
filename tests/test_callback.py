"""Functions of the judge's that a submission calls (judge.testing.Callback): every call runs and
is counted in the judge's process, so neither the count nor the function's secrets live where
the submission can reach them, and nothing the submission sends on that path can fool the judge."""

from __future__ import annotations

import contextlib
import time

import pytest

from judge.failures import TooSlow
from judge.sandbox.process import RemoteError, Sandbox, SandboxConfig, SubmissionFailure
from judge.sandbox.proxy import RemoteModule
from judge.testing import Callback, RaiseInSubmission
from judge.verdict import Verdict

FAST = SandboxConfig(call_s=3, import_s=3, cpu_s=10, memory_mb=256, output_kb=64)

BISECT = """
def first_bad(n, is_bad):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if is_bad(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo if lo < n else None
"""


@contextlib.contextmanager
def solution(write, source):
    with Sandbox(write(source), ("first_bad",), config=FAST) as box:
        box.request("load", {}, call="importing your file", timeout=FAST.import_s)
        yield RemoteModule(box, "solution")


def test_calls_run_in_the_judge_and_are_counted_there(write):
    seen = []

    def is_bad(v):
        seen.append(v)
        return v >= 37

    with solution(write, BISECT) as sol:
        oracle = Callback(is_bad, name="is_bad")
        assert sol.first_bad(100, oracle) == 37
        assert oracle.calls == len(seen) == 7 and all(type(v) is int for v in seen)
        assert sol.first_bad(2**62, Callback(lambda v: v >= 2**61 + 5)) == 2**61 + 5  # 63 round trips


def test_the_submission_cannot_read_the_judges_secret(write):
    with solution(write, """
        def first_bad(n, is_bad):
            found = [getattr(is_bad, a, None) for a in ("__closure__", "__code__", "__self__", "__dict__", "__wrapped__")]
            return repr(found) + repr(is_bad)
    """) as sol:
        secret = 424242
        text = sol.first_bad(10, Callback(lambda v: v >= secret, name="is_bad"))
        assert "424242" not in text and "is_bad" in text


def test_an_exception_raised_for_the_judge_comes_back_as_the_very_object(write):
    with solution(write, """
        def first_bad(n, is_bad):
            return is_bad(n - 1)

        def copies(n, is_bad):
            try:
                return is_bad(0)
            except Exception as e:
                raise type(e)(*e.args) from None
    """) as sol:
        def fails(v):
            raise raised

        raised = RaiseInSubmission("LookupError", "build 7 is broken")
        with pytest.raises(RemoteError) as err:
            sol.first_bad(8, Callback(fails))
        assert err.value.type_name == "LookupError" and "build 7 is broken" in err.value.detail
        assert err.value.token == raised.token
        raised = RaiseInSubmission("LookupError", "again")
        with pytest.raises(RemoteError) as err:
            sol.copies(8, Callback(fails))
        assert err.value.type_name == "LookupError" and err.value.token is None


def test_a_verdict_raised_by_the_judges_function_ends_the_call(write):
    with solution(write, """
        def first_bad(n, is_bad):
            for v in range(n):
                if is_bad(v):
                    return v
    """) as sol:
        def capped(v):
            if capped_oracle.calls > 20:
                raise TooSlow("is_bad was called more than 20 times")
            return False

        capped_oracle = Callback(capped)
        with pytest.raises(TooSlow):
            sol.first_bad(10**9, capped_oracle)
        assert capped_oracle.calls == 21
        with pytest.raises(SubmissionFailure) as later:
            sol.first_bad(3, Callback(lambda v: True))  # the child was stopped, for that reason
        assert later.value.verdict is Verdict.TIME_LIMIT_EXCEEDED and later.value.message == "is_bad was called more than 20 times"


def test_a_wrong_answer_found_by_the_judges_function_is_the_verdict_of_the_test(write):
    from judge.decide import failure_verdict
    from judge.failures import WrongAnswer

    with solution(write, BISECT) as sol:
        def strict(v):
            if v == 50:
                raise WrongAnswer("is_bad(50) asked about a version that does not exist")
            return False

        with pytest.raises(WrongAnswer) as err:
            sol.first_bad(100, Callback(strict, name="is_bad"))
        box = sol._sandbox
        assert failure_verdict(err.value, box) == (Verdict.WRONG_ANSWER, "is_bad(50) asked about a version that does not exist")


@pytest.mark.parametrize("forgery", [
    "type(is_bad)(harness, 999, 'other')(1)",  # a function the judge never gave this child
    "harness.reply({'_rid': harness.current_rid, '_cb': 1, 'args': 'not a list', 'kwargs': []})",
    "harness.reply({'_rid': 12345, '_cb': is_bad._id, 'args': [], 'kwargs': []})",
])
def test_a_forged_call_into_the_judge_is_a_runtime_error(write, forgery):
    with solution(write, f"""
        import gc

        def first_bad(n, is_bad):
            harness = [o for o in gc.get_objects() if type(o).__name__ == "Harness"][0]
            {forgery}
    """) as sol:
        with pytest.raises(SubmissionFailure) as failure:
            sol.first_bad(5, Callback(lambda v: False))
        assert failure.value.verdict is Verdict.RUNTIME_ERROR


def test_calls_from_a_thread_during_the_call_work_and_after_it_are_refused(write):
    with solution(write, """
        import threading

        late = []

        def first_bad(n, is_bad):
            out = []
            t = threading.Thread(target=lambda: out.append(is_bad(3)))
            t.start(); t.join()
            threading.Timer(0.2, lambda: late.append(_try(is_bad))).start()
            return out[0]

        def _try(fn):
            try:
                fn(1)
                return "called"
            except RuntimeError as e:
                return str(e)

        def later():
            return late
    """) as sol:
        oracle = Callback(lambda v: v >= 2, name="is_bad")
        assert sol.first_bad(5, oracle) is True
        time.sleep(0.5)  # the thread calls while the judge waits on nothing
        assert sol.later() == ["is_bad can only be called while the judge waits on your code"]
        assert oracle.calls == 1


def test_a_fork_cannot_call_into_the_judge(write):
    with solution(write, """
        import os

        def first_bad(n, is_bad):
            r, w = os.pipe()
            pid = os.fork()
            if pid == 0:
                try:
                    is_bad(0)
                    os.write(w, b"called")
                except RuntimeError:
                    os.write(w, b"refused")
                os._exit(0)
            os.waitpid(pid, 0)
            return os.read(r, 16).decode()
    """) as sol:
        oracle = Callback(lambda v: True)
        assert sol.first_bad(5, oracle) == "refused" and oracle.calls == 0


def test_objects_passed_to_the_judges_function_arrive_as_handles(write):
    with solution(write, """
        class Version(int):
            def __eq__(self, other):
                return True
            __hash__ = int.__hash__

        def first_bad(n, is_bad):
            return is_bad(Version(3)), is_bad(True), is_bad(v=4)
    """) as sol:
        got = []
        assert sol.first_bad(5, Callback(lambda *a, **k: got.append((a, k)) or 1)) == (1, 1, 1)
        assert type(got[0][0][0]).__name__ == "Handle" and got[1] == ((True,), {}) and got[2] == ((), {"v": 4})


def test_the_judge_never_decodes_a_function_reference_from_the_child():
    from judge.sandbox.child import kata_protocol as protocol

    with pytest.raises(protocol.ProtocolError):
        protocol.loads(b'{"$cb": [1, "is_bad"]}', lambda hid, name: None)


def test_calls_made_while_asking_are_named_by_what_was_asked(write):
    from judge.testing import asking

    with solution(write, """
        import time

        def first_bad(n, is_bad):
            time.sleep(n)
    """) as sol:
        with asking("first_bad on a billion versions", if_slow="a binary search needs 30 calls here"):
            with pytest.raises(SubmissionFailure) as failure:
                sol.first_bad(60, None)
        assert failure.value.message == ("first_bad on a billion versions did not finish within 3 s (wall clock); "
                                         "a binary search needs 30 calls here")


def test_a_bug_in_the_judges_function_is_an_internal_error_never_the_learners(write):
    from judge.decide import failure_verdict
    from judge.failures import InternalError

    with solution(write, BISECT) as sol:
        with pytest.raises(InternalError) as err:
            sol.first_bad(100, Callback(lambda v: {}[v], name="is_bad"))
        assert failure_verdict(err.value, sol._sandbox)[0] is Verdict.INTERNAL_ERROR
