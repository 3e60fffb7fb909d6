"""The solution process on submissions that hang, crash, exit or flood: each earns its
verdict quickly, and the judge neither hangs nor dies."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from judge.sandbox.process import RemoteError, Sandbox, SandboxConfig, SubmissionFailure
from judge.sandbox.proxy import RemoteModule
from judge.verdict import Verdict

FAST = SandboxConfig(call_s=1.5, import_s=1.5, cpu_s=5, memory_mb=256, output_kb=64)


def run(write, source, *, call=True, config=FAST):
    """Load `source` and call its f(); return the failure (or value) it produced."""
    path = write(source)
    started = time.monotonic()
    with Sandbox(path, ("f",), config=config) as box:
        try:
            box.request("load", {}, call="importing your file", timeout=config.import_s)
            result = RemoteModule(box, "solution").f() if call else None
        except (SubmissionFailure, RemoteError) as exc:
            result = exc
        pid = box.pid
    elapsed = time.monotonic() - started
    assert elapsed < 8, f"took {elapsed:.1f} s"
    if pid:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # nothing left running
    return result


def verdict_of(result):
    assert isinstance(result, SubmissionFailure), result
    return result.verdict


def test_plain_call(write):
    assert run(write, "def f():\n    return [1, (2, 3), {'a': {4}}]\n") == [1, (2, 3), {"a": {4}}]


def test_infinite_loop_is_a_time_limit(write):
    result = run(write, "def f():\n    while True:\n        pass\n")
    assert verdict_of(result) is Verdict.TIME_LIMIT_EXCEEDED
    assert "did not finish within 1.5 s" in result.message


def test_sleep_at_import_is_a_time_limit(write):
    assert verdict_of(run(write, "import time\ntime.sleep(60)\ndef f(): pass\n", call=False)) is Verdict.TIME_LIMIT_EXCEEDED


def test_os_exit_is_a_runtime_error(write):
    result = run(write, "import os\ndef f():\n    os._exit(3)\n")
    assert verdict_of(result) is Verdict.RUNTIME_ERROR and "exit code 3" in result.message


def test_sys_exit_and_keyboard_interrupt_are_exceptions_of_the_submission(write):
    assert run(write, "import sys\ndef f():\n    sys.exit(0)\n").is_a("SystemExit")
    assert run(write, "def f():\n    raise KeyboardInterrupt\n").is_a("KeyboardInterrupt")
    assert run(write, "def f():\n    raise BaseException('x')\n").is_a("BaseException")


def test_exception_at_import_carries_the_line(write):
    result = run(write, "x = 1\ny = x / 0\ndef f(): pass\n", call=False)
    assert isinstance(result, RemoteError) and result.is_a("ZeroDivisionError")
    assert "line 2" in result.where


def test_segfault_is_a_runtime_error(write):
    result = run(write, "import ctypes\ndef f():\n    ctypes.string_at(0)\n")
    assert verdict_of(result) is Verdict.RUNTIME_ERROR and "segmentation fault" in result.message


def test_cpu_limit(write):
    config = SandboxConfig(call_s=10, import_s=2, cpu_s=1, memory_mb=256, output_kb=64)
    result = run(write, "def f():\n    while True:\n        pass\n", config=config)
    assert verdict_of(result) is Verdict.TIME_LIMIT_EXCEEDED and "CPU" in result.message


def test_output_flood_is_capped(write):
    result = run(write, "import sys\ndef f():\n    while True:\n        sys.stdout.write('x' * 4096)\n")
    # the file-size limit stops the flood (as SIGXFSZ, or as the EFBIG error the submission
    # sees), not the call's timeout: an uncapped flood would end as a time limit
    if isinstance(result, RemoteError):
        assert result.is_a("OSError") and "[Errno 27]" in result.detail
    else:
        assert verdict_of(result) is Verdict.RUNTIME_ERROR and "printed or wrote more than 64 KB" in result.message


def test_memory_bomb_is_a_memory_limit_and_ends_the_process(write):
    result = run(write, "def f():\n    return [0] * (10 ** 10)\n")
    assert verdict_of(result) is Verdict.MEMORY_LIMIT_EXCEEDED and "ran out of memory" in result.message


def test_after_death_every_call_fails_at_once(write):
    path = write("import os\ndef f():\n    os._exit(1)\n")
    with Sandbox(path, ("f",), config=FAST) as box:
        box.request("load", {}, call="importing your file")
        sol = RemoteModule(box, "solution")
        with pytest.raises(SubmissionFailure):
            sol.f()
        started = time.monotonic()
        for _ in range(100):
            with pytest.raises(SubmissionFailure):
                sol.f()
        assert time.monotonic() - started < 0.5


def test_rigged_eq_comes_back_as_an_opaque_object(write):
    source = "class Liar(int):\n    def __eq__(self, o): return True\n    __hash__ = int.__hash__\ndef f():\n    return Liar(5)\n"
    from judge.sandbox.proxy import RemoteObject

    assert isinstance(run(write, source), RemoteObject)


def test_scratch_folder_is_removed_and_learner_file_untouched(write):
    path = write("open('made_here.txt', 'w').write('x')\nimport os\ndef f():\n    return os.path.exists('made_here.txt')\n")
    before = path.read_bytes()
    box = Sandbox(path, ("f",), config=FAST)
    box.start()
    scratch = box.scratch
    assert scratch.name.startswith(f"kata-run-{os.getpid()}-")  # a reaper can tell whose it is
    box.request("load", {}, call="import")
    assert RemoteModule(box, "solution").f() is True
    box.close()
    assert not scratch.exists()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def _disk_modes():
    from judge.sandbox import scratch
    from judge.sandbox.layers import detect

    modes = []
    if scratch.can_mount()[0]:
        modes.append("mount")
    if detect().active("filesystem") and scratch.bwrap_has_size():
        modes.append("bwrap")
    return modes or [None]


@pytest.mark.parametrize("mode", _disk_modes())
def test_scratch_folder_total_size_is_limited(write, monkeypatch, mode):
    if mode is None:
        pytest.skip("no tmpfs here: neither root nor bubblewrap with --size")
    import judge.sandbox.process as process

    monkeypatch.setattr(process, "_disk_mode", lambda layers, view: mode)
    # each file under the 64 KB per-file limit, 24 MB in all: over the 16 MB for the folder
    source = "def f():\n    for i in range(400):\n        with open(f'junk{i}', 'wb') as out:\n            out.write(bytes(60 << 10))\n"
    box = Sandbox(write(source), ("f",), config=FAST)
    box.start()
    scratch = box.scratch
    try:
        box.request("load", {}, call="import")
        with pytest.raises(RemoteError) as info:
            RemoteModule(box, "solution").f()
        assert info.value.is_a("OSError") and "[Errno 28]" in info.value.detail
    finally:
        box.close()
    assert not scratch.exists()
    assert str(scratch) not in Path("/proc/self/mounts").read_text()  # nothing left mounted


def test_a_call_interrupted_mid_read_leaves_no_stale_reply(write):
    import signal

    class Interrupted(Exception):
        pass

    def interrupt(*_):
        raise Interrupted

    path = write("import time\ndef f(x):\n    time.sleep(x)\n    return x\n")
    old = signal.signal(signal.SIGALRM, interrupt)
    try:
        with Sandbox(path, ("f",), config=FAST) as box:
            box.request("load", {}, call="import")
            f = RemoteModule(box, "solution").f
            signal.setitimer(signal.ITIMER_REAL, 0.2)
            with pytest.raises(Interrupted):  # the interruption itself goes on up (pytest-timeout's, say)
                f(0.5)
            assert box.death is not None and box.death.verdict is Verdict.TIME_LIMIT_EXCEEDED
            time.sleep(0.5)  # the reply to f(0.5) would have arrived by now
            with pytest.raises(SubmissionFailure) as later:
                f(0)
            assert later.value.verdict is Verdict.TIME_LIMIT_EXCEEDED
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def test_the_whole_judging_deadline_clamps_every_call(write):
    from judge.sandbox.process import DeadlinePassed

    config = SandboxConfig(call_s=5, import_s=5, cpu_s=10, memory_mb=256, output_kb=64, deadline=time.monotonic() + 1.5, judging_s=1.5)
    path = write("import time\ndef f():\n    time.sleep(0.8)\n    return 1\n")
    started = time.monotonic()
    with Sandbox(path, ("f",), config=config) as box:
        box.request("load", {}, call="import")
        f = RemoteModule(box, "solution").f
        assert f() == 1  # each call is well under call_s...
        with pytest.raises(DeadlinePassed) as info:
            f()  # ...but two of them are not under the judging's 1.5 s
        assert info.value.verdict is Verdict.TIME_LIMIT_EXCEEDED
        assert "the whole judging ran past its 1.5 s limit" in info.value.message
        with pytest.raises(DeadlinePassed):
            f()
    assert time.monotonic() - started < 3


def test_reply_with_too_many_items_is_refused_by_the_child(write):
    result = run(write, "def f():\n    return [[]] * 3_000_000\n")
    assert verdict_of(result) is Verdict.RUNTIME_ERROR and "1,000,000" in result.message


def test_reply_with_too_many_items_is_refused_by_the_judge(write):
    # the child's own cap switched off: the judge's decoding is what counts
    source = "import kata_protocol\nkata_protocol.MAX_ITEMS = 10 ** 9\ndef f():\n    return [0] * 1_500_000\n"
    result = run(write, source)
    assert verdict_of(result) is Verdict.RUNTIME_ERROR
    assert "returned more than 1,000,000 items" in result.message and "the judge reads at most 1,000,000" in result.message


def test_property_where_a_method_is_expected(write):
    source = "class Q:\n    @property\n    def is_empty(self):\n        return True\n    size = 3\ndef f():\n    return Q()\n"
    path = write(source)
    with Sandbox(path, ("f",), config=FAST) as box:
        box.request("load", {}, call="import")
        q = RemoteModule(box, "solution").f()
        with pytest.raises(SubmissionFailure) as info:
            q.is_empty()
        assert info.value.verdict is Verdict.RUNTIME_ERROR
        assert info.value.message.startswith("Q.is_empty is a bool attribute, not a method: the contract asks for a method is_empty()")
        from judge.testing import expect, same

        assert q.size == 3 and same(q.size, 3) and not same(q.size, 3.0) and q.is_empty
        expect(q.size, 3)


def test_objects_the_judge_drops_are_released_in_the_child(write):
    # 2,000 results of 1 MB each would need 2 GB if the child kept them all alive.
    path = write("class Big:\n    def __init__(self):\n        self.blob = bytearray(1 << 20)\ndef f():\n    return Big()\n")
    with Sandbox(path, ("f",), config=FAST) as box:
        box.request("load", {}, call="import")
        f = RemoteModule(box, "solution").f
        kept = f()
        for _ in range(2000):
            f()
        assert box.request("call", {"obj": kept._kata_handle, "name": "__sizeof__"}, call="kept") > 0


def test_two_proxies_of_one_object_survive_dropping_one(write):
    import gc

    path = write("class Box:\n    def __init__(self):\n        self.item = None\n    def put(self, x):\n        self.item = x\n    def get(self):\n        return self.item\n    def size(self):\n        return 1\ndef f():\n    return Box()\n")
    with Sandbox(path, ("f",), config=FAST) as box:
        box.request("load", {}, call="import")
        sol = RemoteModule(box, "solution")
        outer, inner = sol.f(), sol.f()
        outer.put(inner)
        alias = outer.get()  # a second proxy of the same child object
        assert alias._kata_handle == inner._kata_handle
        del alias
        gc.collect()
        assert inner.size() == 1
        assert inner.size() == 1
        again = outer.get()
        assert again.size() == 1
