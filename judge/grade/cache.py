"""The grading cache: a folder of JSON files, one per judging, that CI can persist.

A result is keyed by everything that decides it: the submission's bytes, the whole
kata folder (tests, support, reference, kata.toml), the judge's version and source,
and the seed. Change any of them and the key changes; nothing is ever invalidated
by hand. Entries are written atomically (a temp file, then a rename), so a killed
run or two concurrent runs leave whole entries or none.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path

from .. import __version__

FORMAT = 1  # bump when the entry layout changes


def default_cache_dir() -> Path:
    override = os.environ.get("KATA_GRADE_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kata" / "grade"


def _skipped(rel: Path) -> bool:
    return any(part == "__pycache__" or part.startswith(".") for part in rel.parts) or rel.suffix == ".pyc"


def folder_digest(folder: Path) -> str:
    """sha256 over every file's relative path and bytes (bytecode and hidden files aside)."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if _skipped(rel) or not path.is_file():
            continue
        digest.update(rel.as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def judge_fingerprint() -> str:
    """The judge's version plus a digest of its source, so that an edited judge with an
    unchanged version number (a development checkout) does not reuse stale verdicts.
    Grading's own code is left out: it does not decide verdicts."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        if rel.parts[0] in ("grade", "katas") or _skipped(rel) or not path.is_file():
            continue
        digest.update(rel.as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return f"{__version__}+{digest.hexdigest()[:16]}"


def cache_key(submission_sha256: str, kata_digest: str, judge: str, seed: int) -> str:
    parts = {"format": FORMAT, "submission": submission_sha256, "kata": kata_digest, "judge": judge, "seed": seed}
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


class Cache:
    """Entries live at DIR/<key[:2]>/<key>.json. A missing or corrupt entry is a miss."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.write_errors: list[str] = []  # a cache that cannot be written slows grading, never stops it

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(entry, dict) or entry.get("key") != key or not isinstance(entry.get("result"), dict):
            return None
        return entry

    def put(self, key: str, result: dict, judged_at: str) -> None:
        entry = {"format": FORMAT, "key": key, "judged_at": judged_at, "result": result}
        try:
            atomic_write(self._path(key), json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        except OSError as exc:
            self.write_errors.append(f"{self._path(key)}: {exc.strerror or exc}")
