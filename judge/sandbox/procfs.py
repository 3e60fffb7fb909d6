"""CPU time of a process tree as the judge sees it from outside: the witness where no cgroup
counts it.

Each live descendant's CPU time comes from its process CPU clock, which the kernel keeps in
nanoseconds for every thread it ever had (`clock_gettime` on the clock of another pid, as
`clock_getcpuclockid(3)` names it); its children that already exited and were reaped are in
its /proc stat in clock ticks (10 ms). Where a kernel refuses that clock, the stat's ticks
stand in. What this cannot see: a process that left the tree (a double-forked daemon, whose
parent is then init) — the cgroup layer is what counts those.
"""

from __future__ import annotations

import os
import time

TICK_S = 1 / os.sysconf("SC_CLK_TCK")
_CPUCLOCK_SCHED = 2  # the process-wide clock that counts every nanosecond on a CPU


def tree_cpu_seconds(pid: int) -> float:
    return sum(_proc_cpu(p) for p in _descendants(pid))


def precise(pid: int) -> bool:
    """Can this process's CPU time be read in nanoseconds (else it comes in clock ticks)?"""
    return _clock_seconds(pid) is not None


def _descendants(pid: int) -> list[int]:
    found, frontier = [pid], [pid]
    while frontier:
        current = frontier.pop()
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as f:
                    kids = [int(x) for x in f.read().split()]
                found += kids
                frontier += kids
        except OSError:
            pass
    return found


def _clock_seconds(pid: int) -> float | None:
    try:
        return time.clock_gettime((~pid << 3) | _CPUCLOCK_SCHED)
    except (OSError, OverflowError):
        return None


def _proc_cpu(pid: int) -> float:
    """Its own CPU time (every thread), plus that of its children it reaped."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        own_ticks, reaped_ticks = int(fields[11]) + int(fields[12]), int(fields[13]) + int(fields[14])
    except (OSError, IndexError, ValueError):
        return 0.0
    own = _clock_seconds(pid)
    return (own if own is not None else own_ticks * TICK_S) + reaped_ticks * TICK_S
