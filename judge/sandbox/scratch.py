"""The submission's scratch folder, with one size limit for all its files together.

RLIMIT_FSIZE caps each file, not their sum: 200 files of 1 MB each would all be written
to the judge's disk. So the folder the submission may write to is a size-limited tmpfs:

- with bubblewrap (`--size BYTES --tmpfs /kata/work`): the tmpfs lives in the sandbox's
  mount namespace and vanishes with it, whatever happens to the judge;
- as root without bubblewrap: a tmpfs mounted on the host folder, unmounted by `close()`
  (a reaper unmounts the leftovers of a judge that died: they are named `kata-run-<pid>-…`);
- otherwise no sum limit (only the per-file one): `probe()` says why, for `kata doctor`.

The tmpfs pages are charged to the submission's memory cgroup, so the disk limit cannot be
used to exceed the memory limit either.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

PREFIX = "kata-run-"  # scratch folders are kata-run-<judge pid>-<random>
MNT_DETACH = 2


def folder_prefix() -> str:
    """The prefix of this judge's scratch folders: the pid tells a reaper whose they are
    (computed per call, since grading workers are forked processes with pids of their own)."""
    return f"{PREFIX}{os.getpid()}-"


def make_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix=folder_prefix()))


@functools.lru_cache(maxsize=1)
def bwrap_has_size() -> bool:
    """bubblewrap 0.5 and later take `--size` before `--tmpfs`."""
    exe = shutil.which("bwrap")
    if exe is None:
        return False
    try:
        done = subprocess.run([exe, "--help"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return b"--size" in done.stdout + done.stderr


@functools.lru_cache(maxsize=1)
def _libc():
    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def mount_tmpfs(target: Path, size_bytes: int, mode: int = 0o755) -> None:
    """Mount a tmpfs of `size_bytes` on `target`. Raises OSError (EPERM without the privilege)."""
    options = f"size={size_bytes},mode={mode:o}".encode()
    if _libc().mount(b"tmpfs", str(target).encode(), b"tmpfs", 0, options) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"mount tmpfs on {target}: {os.strerror(err)}")


def unmount(target: Path) -> None:
    """Detach the tmpfs at `target` (lazily: a process still holding a file cannot keep it)."""
    if _libc().umount2(str(target).encode(), MNT_DETACH) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"umount {target}: {os.strerror(err)}")


@functools.lru_cache(maxsize=1)
def can_mount() -> tuple[bool, str]:
    """Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN in its mount namespace)."""
    if os.geteuid() != 0:
        return False, "not root, so no tmpfs can be mounted on the scratch folder"
    probe_dir = Path(tempfile.mkdtemp(prefix=folder_prefix()))
    try:
        mount_tmpfs(probe_dir, 1 << 20)
    except OSError as exc:
        return False, f"mounting a tmpfs is not permitted here ({exc.strerror})"
    else:
        unmount(probe_dir)
        return True, "a size-limited tmpfs mounted on the scratch folder"
    finally:
        shutil.rmtree(probe_dir, ignore_errors=True)


def mode(view: bool) -> str | None:
    """How the limit is enforced: 'bwrap' (inside the filesystem view), 'mount' (a tmpfs on the
    host folder) or None (no sum limit). `view`: the bubblewrap filesystem view is in use."""
    if view and bwrap_has_size():
        return "bwrap"
    if can_mount()[0]:
        return "mount"
    return None


def probe(view: bool = True) -> tuple[bool, str]:
    """(ok, detail) for a 'disk' sandbox layer: can the scratch folder's total size be limited?
    `view`: whether the bubblewrap filesystem view is active (layers.py knows)."""
    how = mode(view)
    if how == "bwrap":
        return True, "the scratch folder is a size-limited tmpfs in the bubblewrap view (--size)"
    if how == "mount":
        return True, can_mount()[1]
    why = can_mount()[1]
    return False, f"only each file's size is limited, not the scratch folder's total: {why}, and no bubblewrap view with --size"
