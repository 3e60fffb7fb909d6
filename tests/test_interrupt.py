"""Ctrl-C (SIGINT) or SIGTERM during `kata judge`, `kata grade` or `kata verify` stops it within
a second: every solution process and worker killed, no scratch folder left, no verdict
recorded, exit 130 or 143, one line saying so."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SLOW = ROOT / "tests" / "hostile" / "infinite_loop.py"  # pair-sum's find_pairs never returns
REFERENCE = ROOT / "katas" / "pair-sum" / "submissions" / "accepted" / "reference.py"
CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}
LINE = "kata: interrupted; nothing was recorded"


def _env(tmp_path: Path) -> dict:
    temp = _temp(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KATA_") or k == "KATA_SANDBOX"}
    return {**env, "TMPDIR": str(temp), "KATA_WORKSPACE": str(tmp_path / "solutions"), "COLUMNS": "200",
            "KATA_MEASURE_LOCK": str(temp / "measure.lock")}


def _kata(args: list[str], tmp_path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "judge.cli", *args], cwd=tmp_path, env=_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for(what, timeout: float, proc: subprocess.Popen | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = what()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"the command ended early ({proc.returncode}): {proc.stderr.read()}")
        time.sleep(0.05)
    pytest.fail("timed out waiting for the judging to be under way")


@pytest.fixture(autouse=True)
def _judges_temp(tmp_path, public_temp):
    """The judges' TMPDIR: a folder uid nobody can enter (see public_temp), found from tmp_path."""
    (tmp_path / "tmp").symlink_to(public_temp)


def _temp(tmp_path: Path) -> Path:
    return (tmp_path / "tmp").resolve()


def _scratch(tmp_path: Path) -> list[str]:
    return sorted(p.name for p in _temp(tmp_path).iterdir() if p.name.startswith(("kata-run-", "kata-grade-")))


def _marked(pids: set[int]) -> list[str]:
    """Live processes started by these judges' sandboxes (KATA_JUDGE_PID=<pid>), as
    tests/hostile_support.py finds them; zombies are not counted."""
    markers = {f"KATA_JUDGE_PID={pid}".encode() for pid in pids}
    left = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            environ = set((entry / "environ").read_bytes().split(b"\0"))
        except OSError:
            continue
        if not re.search(r"^State:\s+Z", status, re.M) and markers & environ:
            left.append(entry.name)
    return left


def _cgroups(pids: set[int]) -> list[str]:
    return [str(p) for pid in pids for p in Path("/sys/fs/cgroup").glob(f"*/**/kata-{pid}-*") if p.is_dir()]


def _workers(pid: int) -> set[int]:
    """Grading's worker processes: the parent's children started by multiprocessing's spawn."""
    kids: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids.update(int(x) for x in (task / "children").read_text().split())
    return {kid for kid in kids if b"spawn_main" in Path(f"/proc/{kid}/cmdline").read_bytes()}


def _alive(pid: int) -> bool:
    try:
        return not re.search(r"^State:\s+Z", Path(f"/proc/{pid}/status").read_text(), re.M)
    except OSError:
        return False


def _stopped(proc: subprocess.Popen, sig: int) -> tuple[float, str]:
    """Send the signal; return how long the command took to exit, and its stderr."""
    sent = time.monotonic()
    proc.send_signal(sig)
    try:
        proc.wait(timeout=2)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"still running 2 s after {signal.Signals(sig).name}")
    elapsed = time.monotonic() - sent
    return elapsed, proc.stderr.read()


def _assert_said_once(stderr: str, line: str) -> None:
    assert stderr.count("interrupted") == 1 and line in stderr, stderr
    assert "Traceback" not in stderr and "Aborted" not in stderr and "internal error" not in stderr, stderr


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_judging_stops_cleans_up_and_records_nothing(tmp_path, sig):
    solutions = tmp_path / "solutions"
    (solutions / ".kata").mkdir(parents=True)
    shutil.copyfile(SLOW, solutions / "pair-sum.py")
    # the learner's real status: pair-sum accepted earlier (a different version of the file)
    status = json.dumps({"pair-sum": {"sha256": "0" * 64, "verdict": "accepted", "score": 100}})
    (solutions / ".kata" / "status.json").write_text(status)

    with _kata(["judge", "pair-sum"], tmp_path) as proc:
        _wait_for(lambda: _scratch(tmp_path), 30, proc)  # the solution process is started
        time.sleep(1.0)  # and stuck in its endless call
        assert _marked({proc.pid}), "the slow submission should be running when the signal comes"
        elapsed, stderr = _stopped(proc, sig)

    assert proc.returncode == CODES[sig]
    assert elapsed < 2.0  # it stops within a second; the margin is for a loaded machine
    _assert_said_once(stderr, LINE)
    assert _scratch(tmp_path) == []
    assert _marked({proc.pid}) == []
    assert _cgroups({proc.pid}) == []
    assert (solutions / ".kata" / "status.json").read_text() == status  # nothing recorded over it
    listing = subprocess.run([sys.executable, "-m", "judge.cli", "list"], cwd=tmp_path, env=_env(tmp_path),
                             capture_output=True, text=True)
    row = next(line for line in listing.stdout.splitlines() if line.split()[:1] == ["pair-sum"])
    assert "accepted 100/100 (changed since)" in row and "internal_error" not in row


def _cache_entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*/*.json")) if cache.is_dir() else []


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_grading_ends_its_workers_and_keeps_finished_judgings_cached(tmp_path, sig):
    group = tmp_path / "group"
    # Each slow member takes about 22 s to be judged (two 10 s timeouts), and the reference beside
    # a submission that spins can take as long (its measurements are retried while the machine is
    # busy): with four slow members, one is still running whenever alice's judging is done.
    slow = ("bob", "carol", "dave", "erin")
    for member, source in (("alice", REFERENCE), *((name, SLOW) for name in slow)):
        (group / member).mkdir(parents=True)
        # each file its own, so that no judging is answered from another's cache entry
        (group / member / "pair-sum.py").write_text(source.read_text() + f"\n# {member}\n")
    cache = tmp_path / "cache"

    args = ["grade", str(group), "--jobs", "2", "--cache", str(cache), "--json", str(tmp_path / "board.json")]
    with _kata(args, tmp_path) as proc:
        # alice's judging finished and cached; a slow member's solution process is running
        _wait_for(lambda: _cache_entries(cache) and [n for n in _scratch(tmp_path) if n.startswith("kata-run-")], 120, proc)
        time.sleep(0.5)
        workers = _workers(proc.pid)
        assert len(workers) == 2
        judges = {proc.pid, *workers}
        assert _marked(judges), "a slow member's submission should be running when the signal comes"
        elapsed, stderr = _stopped(proc, sig)

    assert proc.returncode == CODES[sig]
    assert elapsed < 2.0  # it stops within a second; the margin is for a loaded machine
    _assert_said_once(stderr, "kata: interrupted; no scoreboard was written (finished judgings stay cached)")
    assert re.search(r"\[\d/5\] alice/pair-sum\.py: AC 100", stderr), stderr
    verdicts = [json.loads(entry.read_text())["result"]["verdict"] for entry in _cache_entries(cache)]
    assert "accepted" in verdicts and len(verdicts) < 5  # alice's (and any slow one's finished) kept
    assert not (tmp_path / "board.json").exists()
    assert _scratch(tmp_path) == []
    assert _marked(judges) == []
    assert _cgroups(judges) == []
    assert not [pid for pid in workers if _alive(pid)]


def test_an_interrupted_verify_stops_and_cleans_up(tmp_path):
    with _kata(["verify", "pair-sum"], tmp_path) as proc:
        _wait_for(lambda: _scratch(tmp_path), 30, proc)
        time.sleep(0.5)
        elapsed, stderr = _stopped(proc, signal.SIGTERM)
    assert proc.returncode == 143
    assert elapsed < 2.0  # it stops within a second; the margin is for a loaded machine
    _assert_said_once(stderr, LINE)
    assert _scratch(tmp_path) == []
    assert _marked({proc.pid}) == []
    assert _cgroups({proc.pid}) == []
