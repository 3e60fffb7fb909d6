"""The solution process on submissions that hang, crash, exit or flood: each earns its
verdict quickly, and the judge neither hangs nor dies."""

from __future__ import annotations

import os
import time

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
    # the file-size limit stops the flood: as a signal, or as an error the submission sees
    assert isinstance(result, (SubmissionFailure, RemoteError))


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
    path = write("open('made_here.txt', 'w').write('x')\ndef f():\n    return 1\n")
    before = path.read_bytes()
    box = Sandbox(path, ("f",), config=FAST)
    box.start()
    scratch = box.scratch
    box.request("load", {}, call="import")
    assert (scratch / "work" / "made_here.txt").exists()
    box.close()
    assert not scratch.exists()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


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
