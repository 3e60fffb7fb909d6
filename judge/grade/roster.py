"""A study group's roster (`kata grade --roster roster.toml`): who the members are, their
display names, and which katas are due, and by when.

    [members]                 # handle (the file or folder name) = display name
    alice = "Alice Martin"
    bob = ""                  # no display name: the handle is shown

    [[due]]
    kata = "lru"
    by = 2026-12-05T23:59:00+01:00   # a deadline with its UTC offset, or a date (its end, UTC)

    [[due]]
    kata = "pair-sum"         # due, with no deadline

With a roster, every member on it has a row even with nothing submitted, "solved" and the
total count the katas due (a member with 0 of 2 due is no longer ranked below one with 1 of
1 submitted), and a submission committed after its kata's deadline is marked late. Files of
members not on the roster are still graded, and said.
"""

from __future__ import annotations

import subprocess
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..errors import KataError


class _Due(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kata: str
    by: datetime | date | None = None

    @field_validator("by")
    @classmethod
    def _with_offset(cls, value):
        if isinstance(value, datetime) and value.tzinfo is None:
            raise ValueError("a deadline needs its UTC offset, such as 2026-12-05T23:59:00+01:00 (or Z for UTC)")
        return value


class _RosterFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    members: dict[str, str] = {}
    due: list[_Due] = []


@dataclass(frozen=True)
class Roster:
    names: dict[str, str]  # handle -> display name ("" when none)
    due: dict[str, str | None]  # kata -> deadline (ISO 8601, UTC) or None


def _deadline(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.combine(value, time(23, 59, 59), tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat(timespec="seconds")


def load_roster(path: Path, known: set[str]) -> Roster:
    """Read and check a roster; KataError (one line: the file, the entry, the fix) when it is wrong."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KataError(f"--roster {path}: cannot be read ({exc.strerror or exc}); pass the roster's path") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KataError(f"--roster {path}: not valid TOML ({exc}); see 'kata grade --help' for the format") from None
    try:
        parsed = _RosterFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or "the file"
        raise KataError(f"--roster {path}: '{where}': {error['msg']}; fix that entry") from None
    unknown = [d.kata for d in parsed.due if d.kata not in known]
    if unknown:
        raise KataError(f"--roster {path}: no kata is named {unknown[0]!r} (in [[due]]); run 'kata list' for the names")
    seen: set[str] = set()
    for d in parsed.due:
        if d.kata in seen:
            raise KataError(f"--roster {path}: {d.kata!r} is due twice (in [[due]]); keep one entry")
        seen.add(d.kata)
    return Roster(dict(parsed.members), {d.kata: _deadline(d.by) for d in parsed.due})


def commit_times(root: Path) -> dict[str, str]:
    """When git last committed each file under ROOT (path relative to ROOT -> ISO 8601, UTC),
    read in one pass over the history; empty outside git. A file never committed has no entry:
    a deadline is judged by what the repository's history says."""
    try:
        done = subprocess.run(["git", "-C", str(root), "log", "--format=%x00%cI", "--name-only", "--relative",
                               "--no-renames", "--", "."], capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return {}
    if done.returncode != 0:
        return {}
    times: dict[str, str] = {}
    stamp = ""
    for line in done.stdout.splitlines():
        if line.startswith("\0"):
            stamp = datetime.fromisoformat(line[1:]).astimezone(timezone.utc).isoformat(timespec="seconds")
        elif line and stamp:
            times.setdefault(line, stamp)  # newest first: the first time a path appears is its last commit
    return times
