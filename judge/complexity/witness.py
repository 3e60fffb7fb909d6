"""What the kernel says a solution process spent: the judge's witness, never the child's word.

CPU time and memory are read from the process's cgroup (every thread and every process it
spawned, counted by the kernel) or, without a cgroup, from each process's CPU clock and /proc
as seen by the judge. The child can neither patch nor reset these figures: it can only spend less.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..sandbox import procfs


@dataclass
class Witness:
    """Kernel readings for one solution process (a `judge.sandbox.process.Sandbox`)."""

    box: object

    @property
    def exact(self) -> bool:
        """True with a cgroup: CPU time and memory charged to the whole group, whatever left
        the process tree. Without one, CPU time is the tree's (judge/sandbox/procfs.py) and
        memory the process's RSS."""
        return getattr(self.box, "cgroup", None) is not None

    @property
    def cpu_resolution(self) -> float:
        """The smallest CPU time this witness can tell from none: nanoseconds from a cgroup or
        the process's CPU clock, one clock tick (10 ms) where the kernel gives only /proc's."""
        if self.exact:
            return 1e-6
        pid = getattr(self.box, "pid", None)
        return 1e-6 if pid is not None and procfs.precise(pid) else procfs.TICK_S

    @property
    def cpu_precise(self) -> bool:
        """CPU time to a microsecond or better (not in clock ticks)."""
        return self.cpu_resolution < 1e-3

    def cpu_seconds(self) -> float:
        return self.box.cpu_seconds()

    def memory_now(self) -> int:
        group = getattr(self.box, "cgroup", None)
        value = group.memory_bytes() if group is not None else None
        return value if value is not None else _proc_status(self.box.pid, "VmRSS")

    def memory_peak(self) -> int:
        group = getattr(self.box, "cgroup", None)
        value = group.memory_peak_bytes() if group is not None else None
        return value if value is not None else _proc_status(self.box.pid, "VmHWM")

    def reset_peak(self) -> None:
        group = getattr(self.box, "cgroup", None)
        if group is not None:
            group.reset_memory_peak()


def _proc_status(pid: int | None, key: str) -> int:
    """A `kB` line of /proc/PID/status in bytes (0 when the process is gone)."""
    if pid is None:
        return 0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def probe_clock() -> tuple[bool, str]:
    """(exact, detail): how a solution process's CPU time is read on this machine, from a real
    one started with the active layers, as `kata doctor` reports it."""
    import tempfile
    from pathlib import Path

    from ..failures import InternalError
    from ..sandbox.process import Sandbox, SandboxConfig

    with tempfile.TemporaryDirectory(prefix="kata-doctor-") as folder:
        probe = Path(folder) / "probe_clock.py"
        probe.write_text("def spin():\n    return sum(range(10_000))\n")
        try:
            with Sandbox(probe, ("spin",), None, SandboxConfig(memory_mb=512), label="the probe") as box:
                witness = Witness(box)
                if witness.exact:
                    return True, "from the cgroup, in nanoseconds: every process a submission starts counts"
                if witness.cpu_precise:
                    return True, ("from each process's own CPU clock, in nanoseconds (no cgroup: a process that "
                                  "leaves the tree, a double-forked daemon, is not counted)")
                return False, ("in 10 ms clock ticks from /proc: each measurement is batched up to 0.3 s of the "
                               "reference's CPU, so judging takes longer")
        except InternalError as exc:  # no solution process can start here (KATA_SANDBOX=full, a layer missing)
            return False, f"not tried: {str(exc).splitlines()[0][:200]}"
