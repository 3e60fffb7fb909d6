"""`--changed-since REF`: the files under ROOT that git says changed since REF
(committed, staged or not, and new untracked files), as paths relative to ROOT."""

from __future__ import annotations

import subprocess
from pathlib import Path

from ..errors import KataError


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise KataError("--changed-since needs git, and git is not installed; install it or drop --changed-since") from None


def changed_files(root: Path, ref: str) -> set[str]:
    if _git(root, "rev-parse", "--is-inside-work-tree").returncode != 0:
        raise KataError(f"--changed-since {ref}: {root} is not inside a git repository; drop --changed-since or grade a clone")
    if _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").returncode != 0:
        raise KataError(
            f"--changed-since {ref}: git knows no commit '{ref}' in {root}; fetch it first "
            "(in GitHub Actions: actions/checkout with fetch-depth: 0) or name a commit that exists"
        )
    diff = _git(root, "diff", "--name-only", "--no-renames", "-z", "--relative", ref, "--")
    new = _git(root, "ls-files", "-z", "--others", "--exclude-standard")
    for run in (diff, new):
        if run.returncode != 0:
            raise KataError(f"--changed-since {ref}: git failed in {root}: {run.stderr.strip()}")
    return {name for name in (diff.stdout + new.stdout).split("\0") if name}
