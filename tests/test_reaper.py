"""The reaper removes what a judge killed outright left behind, and nothing of a live judge's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from judge.sandbox import cgroup, reaper


def dead_pid() -> int:
    """The pid of a process that has come and gone (and been waited for)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert not reaper.alive(proc.pid)
    return proc.pid


@pytest.fixture
def live_process():
    proc = subprocess.Popen(["sleep", "60"])
    yield proc
    proc.kill()
    proc.wait()


@pytest.fixture
def temp(tmp_path, monkeypatch):
    """A private temp folder for this test, where the reaper looks for scratch folders."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _scratch(temp: Path, name: str) -> Path:
    folder = temp / name
    (folder / "work").mkdir(parents=True)
    (folder / "work" / "solution.py").write_text("x = 1\n")
    return folder


def test_scratch_folders_of_gone_judges_are_removed_and_a_live_judges_are_kept(temp, live_process):
    gone = dead_pid()
    run = _scratch(temp, f"kata-run-{gone}-abcd1234")
    grade = _scratch(temp, f"kata-grade-{gone}-x1")
    kept = _scratch(temp, f"kata-run-{live_process.pid}-efgh5678")
    unnamed = _scratch(temp, "kata-run-qwerty")  # an older judge's name without a pid: whose is it? left alone
    other = _scratch(temp, f"something-{gone}-else")

    lines = reaper.reap()

    assert not run.exists() and not grade.exists()
    assert kept.exists() and unnamed.exists() and other.exists()
    assert any(f"kata-run-{gone}-abcd1234" in line for line in lines)
    assert any(f"kata-grade-{gone}-x1" in line for line in lines)
    assert not [line for line in reaper.reap() if str(gone) in line]  # nothing left of it: a second call does nothing


def test_a_stopped_judge_reaps_its_own_leftovers_when_named(temp, live_process):
    mine = _scratch(temp, f"kata-run-{live_process.pid}-abcd1234")
    reaper.reap()
    assert mine.exists()  # alive: not a leftover
    reaper.reap([live_process.pid])  # the judge itself knows it is finished
    assert not mine.exists()


def _mount_tmpfs(point: Path) -> bool:
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(point)], capture_output=True)
    return done.returncode == 0


def _mounted(point: Path) -> bool:
    return any(line.split()[1] == str(point) for line in Path("/proc/self/mounts").read_text().splitlines())


def test_a_tmpfs_mounted_on_a_leftover_scratch_is_unmounted_before_removal(temp):
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    folder = _scratch(temp, f"kata-run-{dead_pid()}-mnt00000")
    work = folder / "work"
    if not _mount_tmpfs(work):
        pytest.skip("a tmpfs cannot be mounted here")
    try:
        (work / "big.bin").write_bytes(b"x" * 1000)
        reaper.reap()
        assert not _mounted(work)
        assert not folder.exists()
    finally:
        if _mounted(work):
            subprocess.run(["umount", "-l", str(work)])


def _make_cgroup(name: str) -> list[Path]:
    """A cgroup as Cgroup.create makes one, under another judge's pid; [] if not permitted here."""
    if cgroup._unified():
        bases = [cgroup.ROOT / cgroup._own_path("").lstrip("/")]
    else:
        bases = [cgroup._v1_base(c) for c in reaper.CONTROLLERS]
    if not bases or any(b is None for b in bases):
        return []
    made = []
    try:
        for base in bases:
            (base / name).mkdir()
            made.append(base / name)
    except OSError:
        for path in made:
            path.rmdir()
        return []
    return made


def test_cgroups_of_gone_judges_are_emptied_and_removed_and_a_live_judges_are_kept(temp, live_process):
    gone = dead_pid()
    dead_group = _make_cgroup(f"kata-{gone}-deadbeef")
    if not dead_group:
        pytest.skip("cannot create cgroups here")
    live_group = _make_cgroup(f"kata-{live_process.pid}-0badf00d")
    # a solution process the dead judge left running in its group
    orphan = subprocess.Popen(["sleep", "60"])
    try:
        for path in dead_group:
            (path / "cgroup.procs").write_text(str(orphan.pid))
        lines = reaper.reap()
        assert orphan.wait(timeout=5) == -9  # killed first: a cgroup with processes cannot be removed
        assert not any(path.exists() for path in dead_group)
        assert all(path.exists() for path in live_group)
        assert any(f"kata-{gone}-deadbeef" in line for line in lines)
    finally:
        orphan.kill()
        orphan.wait()
        for path in live_group + dead_group:
            if path.exists():
                path.rmdir()


def test_solution_processes_of_a_gone_judge_outside_any_cgroup_are_killed(temp):
    gone = dead_pid()
    _scratch(temp, f"kata-run-{gone}-procs000")
    env = {**os.environ, "KATA_JUDGE_PID": str(gone)}
    orphan = subprocess.Popen(["sleep", "60"], env=env)
    try:
        time.sleep(0.1)  # its environment is readable once exec is done
        lines = reaper.reap()
        assert orphan.wait(timeout=5) == -9
        assert any(line.startswith("killed") and str(gone) in line for line in lines)
    finally:
        orphan.kill()
        orphan.wait()


def test_reaping_with_nothing_left_is_a_few_directory_listings(temp):
    reaper.reap()  # whatever other judges on this machine left
    start = time.perf_counter()
    for _ in range(10):
        reaper.reap()
    assert (time.perf_counter() - start) / 10 < 0.05


def test_what_a_judge_killed_outright_left_is_reaped_by_the_next_command(tmp_path):
    """kill -9 during a judging: the judge cleans nothing; the next `kata doctor` (as any long
    command would) removes its scratch folder and cgroups and kills its solution processes."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("KATA_") or k == "KATA_SANDBOX"},
           "TMPDIR": str(temp), "KATA_MEASURE_LOCK": str(temp / "measure.lock")}
    slow = Path(__file__).resolve().parent / "hostile" / "infinite_loop.py"
    judge = subprocess.Popen([sys.executable, "-m", "judge.cli", "judge", "pair-sum", str(slow)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while not list(temp.glob(f"kata-run-{judge.pid}-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    judge.kill()
    judge.wait()
    left = list(temp.glob(f"kata-run-{judge.pid}-*"))
    assert left, "the killed judge should have left its scratch folder"

    done = subprocess.run([sys.executable, "-m", "judge.cli", "doctor", "--format", "json"], env=env,
                          capture_output=True, text=True, timeout=120)
    reaped = json.loads(done.stdout)["reaped"]
    assert any(f"kata-run-{judge.pid}-" in line for line in reaped), reaped
    assert not any(path.exists() for path in left)
    assert not [p for p in Path("/sys/fs/cgroup").glob(f"*/**/kata-{judge.pid}-*") if p.is_dir()]
    assert reaper.marked_processes([judge.pid]) == []
