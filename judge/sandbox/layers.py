"""Which isolation layers this machine gives the solution process, detected once.

1. always: its own process, plain-data replies, a wall-clock timer, rlimits, a new session;
2. Linux primitives where permitted: a cgroup (memory, pids, kill-all, OOM counter),
   an unprivileged uid when the judge runs as root, one pinned core;
3. a filesystem view with bubblewrap: read-only system, private /tmp, only the scratch
   folder, new pid, network, ipc and uts namespaces.

`KATA_SANDBOX=minimal` turns layers 2 and 3 off (to measure their overhead);
`KATA_SANDBOX=full` makes a missing layer an error rather than a degradation (CI).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from . import cgroup

UNPRIVILEGED = 65534  # nobody / nogroup


@dataclass(frozen=True)
class Layer:
    name: str
    active: bool
    detail: str


@dataclass(frozen=True)
class Layers:
    items: tuple[Layer, ...]

    def active(self, name: str) -> bool:
        return any(layer.name == name and layer.active for layer in self.items)

    @property
    def missing(self) -> list[Layer]:
        return [layer for layer in self.items if not layer.active]

    def summary(self) -> str:
        if not self.missing:
            return "sandbox: all layers active"
        return "sandbox: running without " + "; ".join(f"{l.name} ({l.detail})" for l in self.missing) + " — see 'kata doctor'"


def interpreter() -> Path:
    """The real interpreter behind this process (a venv's python is a link to it)."""
    return Path(os.path.realpath(sys.executable))


def interpreter_prefix() -> Path:
    return Path(sys.base_prefix).resolve()


SANDBOX_PREFIX = "/opt/kata-python"  # where the interpreter's prefix is mounted in the view


def sandboxed_interpreter() -> str:
    """The interpreter's path inside the bubblewrap view (a uid that cannot traverse /root can run it)."""
    return str(interpreter()).replace(str(interpreter_prefix()), SANDBOX_PREFIX, 1)


def _bwrap_probe() -> tuple[bool, str]:
    exe = shutil.which("bwrap")
    if exe is None:
        return False, "bubblewrap is not installed (Debian: apt-get install bubblewrap)"
    from .process import bwrap_command

    cmd = bwrap_command(None, None) + [sandboxed_interpreter(), "-S", "-c", "pass"]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, f"bubblewrap did not run: {exc}"
    if done.returncode != 0:
        return False, f"bubblewrap cannot make namespaces here: {done.stderr.decode(errors='replace').strip()[:200]}"
    return True, f"{exe}: read-only system, private /tmp, scratch folder only; new pid, network, ipc and uts namespaces"


@functools.lru_cache(maxsize=1)
def detect() -> Layers:
    mode = os.environ.get("KATA_SANDBOX", "auto")
    items = [
        Layer("process", True, "own process, plain-data replies, wall-clock timer, rlimits (CPU, memory, file size, open files, core 0), new session"),
    ]
    if mode == "minimal":
        off = "turned off by KATA_SANDBOX=minimal"
        items += [Layer(n, False, off) for n in ("cgroup", "uid", "core", "filesystem", "network")]
        return Layers(tuple(items))
    ok, why = cgroup.probe()
    items.append(Layer("cgroup", ok, why if ok else why))
    if os.geteuid() == 0:
        prefix = interpreter_prefix()
        readable = all(os.stat(p).st_mode & 0o005 == 0o005 for p in (prefix, prefix / "lib"))
        items.append(Layer("uid", readable, f"switches to uid {UNPRIVILEGED} before the submission is imported" if readable else
                           f"the interpreter under {prefix} is not readable by others"))
    else:
        items.append(Layer("uid", False, f"not root: the submission runs as your own user (uid {os.geteuid()})"))
    try:
        cores = sorted(os.sched_getaffinity(0))
        items.append(Layer("core", len(cores) > 1, f"pinned to core {cores[0]}; measurements on core {cores[-1]}" if len(cores) > 1 else "only one core"))
    except (AttributeError, OSError):
        items.append(Layer("core", False, "no sched_setaffinity"))
    ok, why = _bwrap_probe()
    items.append(Layer("filesystem", ok, why))
    items.append(Layer("network", ok, "new network namespace (no route out)" if ok else "needs bubblewrap's network namespace"))
    return Layers(tuple(items))


def _cores() -> list[int]:
    try:
        return sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return []


def measuring_core() -> int | None:
    """The core the complexity engine measures on (submission and reference alike): the last one.
    Only one measurement holds it at a time (complexity/lock.py)."""
    cores = _cores()
    return cores[-1] if len(cores) > 1 else None


def pinned_core() -> int | None:
    """The core every other solution process is pinned to: the first one, so that correctness
    tests of a parallel judging never run on the core where another judging is measuring."""
    cores = _cores()
    return cores[0] if len(cores) > 1 else None


def require_full() -> bool:
    return os.environ.get("KATA_SANDBOX") == "full"
