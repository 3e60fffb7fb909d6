"""Cleaning up after a judge that could not: killed outright (kill -9, the OOM killer, a CI
timeout), it leaves its cgroups, its scratch folders (perhaps with a tmpfs mounted on
them) and perhaps solution processes behind.

Everything a judge makes is named with its pid: cgroups `kata-<pid>-<random>`, scratch
folders `kata-run-<pid>-<random>` and `kata-grade-<pid>-<random>` in the temp folder, and
solution processes carry KATA_JUDGE_PID=<pid> in their environment. So the next judge
reaps whatever belongs to a pid that is no longer alive, and never touches a live
judge's. A stopped judge also reaps its own (and its workers') at exit, for what was
made but not yet registered (judge/sandbox/registry.py).

Cheap enough for every start: a few directory listings, plus /proc when there is
something to reap.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import cgroup

SCRATCH_NAME = re.compile(r"^kata-(?:run|grade)-(\d+)-")
CGROUP_NAME = re.compile(r"^kata-(\d+)-")
CONTROLLERS = ("memory", "pids", "cpuacct")


@dataclass(frozen=True)
class Leftover:
    kind: str  # "cgroup" or "scratch folder"
    name: str
    pid: int  # the judge that made it
    paths: tuple[Path, ...]  # a v1 cgroup has one folder per controller


def alive(pid: int) -> bool:
    """Is there a process with this pid? (one we may not signal is alive too)"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OverflowError:
        return False
    return True


def _cgroup_folders() -> list[Path]:
    """Where judges make their cgroups: under this process's own cgroup (where a judge in the
    same service or session makes them), and at each hierarchy's root."""
    if cgroup._unified():
        candidates = [cgroup.ROOT / cgroup._own_path("").lstrip("/"), cgroup.ROOT]
    else:
        candidates = []
        for controller in CONTROLLERS:
            base = cgroup._v1_base(controller)
            if base is not None:
                candidates += [base, cgroup.ROOT / controller]
    seen: dict[str, Path] = {}
    for folder in candidates:
        seen.setdefault(os.path.realpath(folder), folder)
    return [Path(p) for p in seen]


def _listing(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def find(pids: Iterable[int] | None = None) -> list[Leftover]:
    """Leftovers of the given judges, or (pids=None) of every judge that is no longer alive."""
    wanted = set(pids) if pids is not None else None

    def mine(pid: int) -> bool:
        return pid in wanted if wanted is not None else not alive(pid)

    groups: dict[str, list[Path]] = {}
    for folder in _cgroup_folders():
        for name in _listing(folder):
            match = CGROUP_NAME.match(name)
            if match and (folder / name).is_dir():
                groups.setdefault(name, []).append(folder / name)
    found = [Leftover("cgroup", name, int(CGROUP_NAME.match(name).group(1)), tuple(paths)) for name, paths in sorted(groups.items())]
    temp = Path(tempfile.gettempdir())
    for name in sorted(_listing(temp)):
        match = SCRATCH_NAME.match(name)
        if match and (temp / name).is_dir() and not (temp / name).is_symlink():
            found.append(Leftover("scratch folder", name, int(match.group(1)), (temp / name,)))
    return [leftover for leftover in found if mine(leftover.pid)]


def _mounts_under(folder: Path) -> list[Path]:
    """Mount points at or below `folder`, deepest first (a tmpfs on a scratch's work folder)."""
    try:
        lines = Path("/proc/self/mounts").read_text().splitlines()
    except OSError:
        return []
    top = os.path.realpath(folder)
    points = []
    for line in lines:
        fields = line.split()
        if len(fields) < 2:
            continue
        point = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1])
        if point == top or point.startswith(top + "/"):
            points.append(Path(point))
    return sorted(set(points), key=lambda p: len(p.parts), reverse=True)


def _unmount(point: Path) -> None:
    """Detach lazily, so a process still holding a file there cannot keep the mount."""
    subprocess.run(["umount", "-l", str(point)], capture_output=True, timeout=10, check=False)


def marked_processes(pids: Iterable[int]) -> list[int]:
    """Solution processes started by these judges (KATA_JUDGE_PID=<pid> in their environment)."""
    markers = {f"KATA_JUDGE_PID={pid}".encode() for pid in pids}
    if not markers:
        return []
    me = os.getpid()
    found = []
    for entry in _listing(Path("/proc")):
        if not entry.isdigit() or int(entry) == me:
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as f:
                environ = f.read()
        except OSError:
            continue
        if markers & set(environ.split(b"\0")):
            found.append(int(entry))
    return found


def _remove(leftover: Leftover) -> bool:
    if leftover.kind == "cgroup":
        group = cgroup.Cgroup(paths={str(i): path for i, path in enumerate(leftover.paths)})
        group.remove()  # kills what is left inside first: a cgroup with processes cannot be removed
        return not any(path.exists() for path in leftover.paths)
    folder = leftover.paths[0]
    for point in _mounts_under(folder):
        _unmount(point)
    shutil.rmtree(folder, ignore_errors=True)
    return not folder.exists()


def reap(pids: Iterable[int] | None = None) -> list[str]:
    """Remove the leftovers of judges that are gone (or of exactly `pids`, which the caller
    knows are finished: a stopped judge's own and its workers'). Returns one line per thing
    removed, for `kata doctor`; never raises."""
    try:
        leftovers = find(pids)
        owners = set(pids) if pids is not None else {leftover.pid for leftover in leftovers}
        killed = 0
        for pid in marked_processes(owners):  # processes outside any cgroup (no cgroup layer)
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:
                pass
        lines = [f"killed {killed} solution processes of judge(s) {', '.join(map(str, sorted(owners)))}"] if killed else []
        for leftover in leftovers:
            try:
                if _remove(leftover):
                    lines.append(f"removed {leftover.kind} {leftover.name} (left by judge {leftover.pid})")
            except OSError as exc:
                lines.append(f"could not remove {leftover.kind} {leftover.name}: {exc.strerror or exc}")
        return lines
    except Exception as exc:  # noqa: BLE001 — reaping is housekeeping; it must never stop a judging
        return [f"could not reap leftovers: {type(exc).__name__}: {exc}"]
