"""A control group per solution process (cgroup v1 or v2): everything the submission
spawns is counted, limited (memory, pids) and killed with it; an OOM kill is read from
the kernel's counter, not guessed; CPU time is read for the whole group."""

from __future__ import annotations

import os
import signal
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")


def _own_path(controller: str) -> str:
    """This process's cgroup path for a v1 controller ('' for v2's unified hierarchy)."""
    try:
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            if controller in controllers.split(","):
                return path
    except OSError:
        pass
    return "/"


def _v1_base(controller: str) -> Path | None:
    mount = ROOT / controller
    if not mount.is_dir():
        return None
    base = mount / _own_path(controller).lstrip("/")
    return base if base.is_dir() else mount


def _unified() -> bool:
    return (ROOT / "cgroup.controllers").is_file()


def probe() -> tuple[bool, str]:
    """Can this process make a child cgroup with memory and pids limits? (and why not)"""
    try:
        group = Cgroup.create(memory_bytes=64 << 20, pids=8)
    except OSError as exc:
        return False, f"cannot create a cgroup ({exc.strerror or exc}); run the judge as root, or in a delegated cgroup"
    group.remove()
    return True, "v2" if _unified() else "v1 (memory, pids, cpuacct)"


@dataclass
class Cgroup:
    paths: dict[str, Path] = field(default_factory=dict)

    @classmethod
    def create(cls, memory_bytes: int, pids: int) -> "Cgroup":
        name = f"kata-{os.getpid()}-{uuid.uuid4().hex[:8]}"  # the judge's pid: whose group this is
        group = cls()
        try:
            if _unified():
                base = ROOT / _own_path("").lstrip("/")
                path = base / name
                path.mkdir()
                group.paths["unified"] = path
                (path / "memory.max").write_text(str(memory_bytes))
                (path / "memory.swap.max").write_text("0") if (path / "memory.swap.max").exists() else None
                (path / "pids.max").write_text(str(pids))
            else:
                for controller in ("memory", "pids", "cpuacct"):
                    base = _v1_base(controller)
                    if base is None:
                        raise OSError(f"no {controller} controller mounted")
                    path = base / name
                    path.mkdir()
                    group.paths[controller] = path
                (group.paths["memory"] / "memory.limit_in_bytes").write_text(str(memory_bytes))
                swap = group.paths["memory"] / "memory.memsw.limit_in_bytes"
                if swap.exists():
                    try:
                        swap.write_text(str(memory_bytes))
                    except OSError:
                        pass
                (group.paths["pids"] / "pids.max").write_text(str(pids))
        except OSError:
            group.remove()
            raise
        return group

    def procs_files(self) -> list[Path]:
        return [p / "cgroup.procs" for p in self.paths.values()]

    def join(self) -> None:
        """Move the calling process into the group (called in the child before exec)."""
        pid = str(os.getpid())
        for procs in self.procs_files():
            with open(procs, "w") as f:
                f.write(pid)

    def pids(self) -> list[int]:
        found: set[int] = set()
        for procs in self.procs_files():
            try:
                found.update(int(x) for x in procs.read_text().split())
            except (OSError, ValueError):
                pass
        return sorted(found)

    def kill_all(self) -> None:
        """SIGKILL every process in the group until none is left (a fork bomb included)."""
        for _ in range(200):
            pids = self.pids()
            if not pids:
                return
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except (ProcessLookupError, PermissionError):
                    pass
            time.sleep(0.005)

    def oom_kills(self) -> int:
        """How many processes the kernel's OOM killer ended in this group."""
        try:
            if "unified" in self.paths:
                text = (self.paths["unified"] / "memory.events").read_text()
                key = "oom_kill"
            else:
                text = (self.paths["memory"] / "memory.oom_control").read_text()
                key = "oom_kill"
            for line in text.splitlines():
                name, _, value = line.partition(" ")
                if name == key:
                    return int(value)
        except (OSError, ValueError, KeyError):
            pass
        return 0

    def memory_failures(self) -> int:
        try:
            if "memory" in self.paths:
                return int((self.paths["memory"] / "memory.failcnt").read_text())
        except (OSError, ValueError):
            pass
        return 0

    def memory_bytes(self) -> int | None:
        """Memory charged to the group now (anonymous, page cache, tmpfs), as the kernel counts it."""
        return self._read_int("memory.current", "memory.usage_in_bytes")

    def memory_peak_bytes(self) -> int | None:
        """The most memory charged to the group since it was made or since reset_memory_peak()."""
        return self._read_int("memory.peak", "memory.max_usage_in_bytes")

    def reset_memory_peak(self) -> bool:
        """Start a new peak from the present usage (v1: write 0; v2 on kernels that allow it)."""
        try:
            if "unified" in self.paths:
                (self.paths["unified"] / "memory.peak").write_text("reset")
            else:
                (self.paths["memory"] / "memory.max_usage_in_bytes").write_text("0")
            return True
        except (OSError, KeyError):
            return False

    def _read_int(self, v2_name: str, v1_name: str) -> int | None:
        try:
            if "unified" in self.paths:
                return int((self.paths["unified"] / v2_name).read_text().split()[0])
            return int((self.paths["memory"] / v1_name).read_text().split()[0])
        except (OSError, ValueError, KeyError, IndexError):
            return None

    def cpu_seconds(self) -> float | None:
        """CPU time of every process in the group, as the kernel counts it."""
        try:
            if "unified" in self.paths:
                for line in (self.paths["unified"] / "cpu.stat").read_text().splitlines():
                    if line.startswith("usage_usec "):
                        return int(line.split()[1]) / 1e6
                return None
            return int((self.paths["cpuacct"] / "cpuacct.usage").read_text()) / 1e9
        except (OSError, ValueError, KeyError):
            return None

    def remove(self, patience_s: float = 10.0) -> None:
        """Kill what is inside, then remove the group. A fork bomb's dying processes can keep it
        busy for a while on a loaded machine: keep killing and retrying for up to `patience_s`
        (what still fails is left to the next judge's reaper, which finds it by our pid)."""
        deadline = time.monotonic() + patience_s
        pause = 0.005
        for path in self.paths.values():
            while True:
                self.kill_all()
                try:
                    path.rmdir()
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        break
                    time.sleep(pause)
                    pause = min(pause * 2, 0.2)
        self.paths.clear()
