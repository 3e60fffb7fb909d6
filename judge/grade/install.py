"""What a CI runner's `pip install` needs to get this very kata, read from how it was installed
here: the distribution's own record of where it came from (PEP 610's direct_url.json).

- from a package index (no record): `kata-judge==<version>`;
- from a git URL: that URL pinned to the commit pip recorded;
- from an archive URL: that URL, with its hash when pip recorded one;
- from a folder: `./<folder>` when it is inside the group's repository (the workflow checks it
  out), else the folder's git remote pinned to its commit when the commit is on a branch of
  that remote and the folder has no uncommitted change; otherwise no line can work, and the
  organiser is told which `--install` to pass.
"""

from __future__ import annotations

import json
import re
import subprocess
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlparse

from ..errors import KataError

DIST = "kata-judge"
EXAMPLE = f"--install '{DIST} @ git+https://github.com/<you>/kata@<commit>'"


def installed_record() -> tuple[str, dict | None]:
    """(version, direct_url.json as a dict or None) of the installed kata-judge."""
    dist = metadata.distribution(DIST)
    text = dist.read_text("direct_url.json")
    return dist.version, (json.loads(text) if text else None)


def requirement(version: str, record: dict | None, repository: Path | None) -> str:
    """The requirement a runner installs; KataError when none reachable from a runner exists.
    `repository` is the top folder of the group's git repository (where the workflow goes)."""
    if record is None:
        return f"{DIST}=={version}"
    url = record.get("url", "")
    subdirectory = record.get("subdirectory")
    suffix = f"#subdirectory={subdirectory}" if subdirectory else ""
    if "vcs_info" in record:
        vcs = record["vcs_info"]
        if vcs.get("vcs") != "git" or not url.startswith(("https://", "http://", "ssh://")):
            raise _refuse(f"it was installed from {vcs.get('vcs', 'a version control system')} at {url}, "
                          "which a CI runner may not reach")
        return f"{DIST} @ git+{url}@{vcs['commit_id']}{suffix}"
    if "archive_info" in record:
        if not url.startswith(("https://", "http://")):
            raise _refuse(f"it was installed from the archive {url}, which is on this machine only")
        digest = record["archive_info"].get("hashes", {}).get("sha256")
        return f"{DIST} @ {url}" + (f"#sha256={digest}" if digest and not suffix else suffix)
    if url.startswith("file://"):
        return _from_folder(Path(unquote(urlparse(url).path)), repository, subdirectory)
    raise _refuse(f"its install record names {url!r}, which this command cannot turn into a pip requirement")


def _from_folder(folder: Path, repository: Path | None, subdirectory: str | None) -> str:
    folder = folder.resolve()
    if subdirectory:
        folder = folder / subdirectory
    if repository is not None and folder.is_relative_to(repository.resolve()):
        relative = folder.relative_to(repository.resolve()).as_posix()
        return "./" + relative if relative != "." else "."
    top = _git(folder, "rev-parse", "--show-toplevel")
    if top is None:
        raise _refuse(f"it was installed from the folder {folder}, which is not in a git repository a runner can fetch")
    commit = _git(folder, "rev-parse", "HEAD")
    if _git(folder, "status", "--porcelain", "--untracked-files=no"):
        raise _refuse(f"it was installed from {folder}, which has uncommitted changes; commit and push them")
    for remote in (_git(folder, "remote") or "").split():
        remote_url = _public_url(_git(folder, "remote", "get-url", remote) or "")
        on_branch = _git(folder, "branch", "--remotes", "--contains", commit, "--list", f"{remote}/*")
        if remote_url and on_branch:
            within = Path(top).resolve()
            sub = folder.relative_to(within).as_posix() if folder != within else ""
            return f"{DIST} @ git+{remote_url}@{commit}" + (f"#subdirectory={sub}" if sub else "")
    raise _refuse(f"it was installed from {folder}, whose commit {commit[:12]} is on no branch of a remote "
                  "a runner can reach (an https or ssh URL); push it")


def _public_url(url: str) -> str | None:
    """An https or ssh URL a runner can clone from (scp-like `git@host:owner/repo` becomes
    https); None for a folder or a file:// URL, which exist only on this machine."""
    if url.startswith(("https://", "http://", "ssh://")):
        return url
    scp = re.fullmatch(r"[\w.-]+@([\w.-]+):(.+)", url)
    if scp:
        return f"https://{scp.group(1)}/{scp.group(2)}"
    return None


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def _refuse(why: str) -> KataError:
    return KataError(f"no install line for the workflow: {why}. Pass {EXAMPLE} (or the requirement that "
                     "installs this kata from where your group keeps it)")


def group_repository(start: Path) -> Path | None:
    """The top folder of the git repository that will hold the workflow, if any."""
    folder = start if start.is_dir() else start.parent
    while not folder.exists():
        folder = folder.parent
    top = _git(folder, "rev-parse", "--show-toplevel")
    return Path(top) if top else None
