"""One measurement at a time on this machine.

Timing phases of different judgings (`kata grade --jobs 2`, several `kata verify`
runs) would otherwise share the measuring core and disturb each other's growth
figures. The lock is an flock on a file in the temp folder, released by the
kernel if its holder dies.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from pathlib import Path


def lock_path() -> Path:
    return Path(os.environ.get("KATA_MEASURE_LOCK", Path(tempfile.gettempdir()) / f"kata-measure-{os.getuid()}.lock"))


@contextlib.contextmanager
def measuring_lock():
    with open(lock_path(), "a+b") as f:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)
