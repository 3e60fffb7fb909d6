"""What a solution process is started with: its config (the harness reads it), its
environment and its command line, with or without the bubblewrap view. Pure functions of
the sandbox's settings; starting, limiting and killing the process is process.py's."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .view import CHILD_DIR, HARNESS, VIEW_SITE, bwrap_command, sandboxed_interpreter

VIEW_HARNESS = Path("/kata/harness")


def child_config(box, work: Path, support: Path | None, adapter: Path | None, *, view: bool, drop: bool,
                 fds: tuple[int, int]) -> dict:
    from . import layers

    config = box.config
    return {
        "submission": "/kata/work/solution.py" if view else str(work / "solution.py"),
        "support": ("/kata/support.py" if view else str(support)) if support else None,
        "adapter": ("/kata/adapter.py" if view else str(adapter)) if adapter else None,
        "withheld": list(box.withheld),  # modules a LeetCode-style file is not given (the kata forbids them)
        "leetcode_prelude": box.leetcode_prelude,
        "requires": list(box.requires),
        "memory_mb": config.memory_mb,
        "cpu_s": config.cpu_s,
        "output_bytes": config.output_kb * 1024,
        "cpu_core": config.cpu_core if config.cpu_core is not None else layers.pinned_core(),
        "recursion_limit": config.recursion_limit,
        "before_import": list(config.before_import),
        "drop_to": [layers.UNPRIVILEGED, layers.UNPRIVILEGED] if drop else None,
        "fds": list(fds),
    }


def child_env(work: Path, *, view: bool) -> dict:
    """A scrubbed environment: nothing of the judge's leaks into the submission's process."""
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": "/kata/work" if view else str(work),
        "TMPDIR": "/tmp" if view else str(work),
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONNOUSERSITE": "1",
        "PYTHONSAFEPATH": "1",
        "PYTHONPATH": f"{VIEW_HARNESS}:{VIEW_SITE}" if view else str(CHILD_DIR),  # the venv's packages, unviewed
        # BLAS on one thread: a submission's NumPy is timed on the one core it is pinned to
        "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
        "KATA_JUDGE_PID": str(os.getpid()),  # marks whose sandbox a process belongs to
    }


def child_command(cfg: dict, work: Path, support: Path | None, adapter: Path | None, *, view: bool,
                  scratch_bytes: int | None) -> list[str]:
    if view:
        harness = str(VIEW_HARNESS / HARNESS.name)
        bound = ["--ro-bind", str(adapter), "/kata/adapter.py"] if adapter else []
        return bwrap_command(work, support, scratch_bytes) + bound + [sandboxed_interpreter(), "-s", harness, json.dumps(cfg)]
    return [sys.executable, "-s", str(HARNESS), json.dumps(cfg)]
