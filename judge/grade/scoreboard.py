"""The scoreboard: members × katas, one cell per submission, and each member's standing.

Frozen data with a JSON form (`to_json` / `load_scoreboard`) that every output reads
and that `kata grade merge` combines. Nothing here judges, reads submissions or prints.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from ..errors import KataError
from .similarity import SimilarPair

FORMAT = "kata-grade/1"
PROBLEMS = ("empty", "unreadable", "missing")  # a file that could not be judged
SHORT = {
    "accepted": "AC",
    "wrong_answer": "WA",
    "runtime_error": "RE",
    "time_limit_exceeded": "TLE",
    "memory_limit_exceeded": "MLE",
    "compile_error": "CE",
    "rule_violation": "RV",
    "internal_error": "IE",
    "empty": "EMPTY",
    "unreadable": "UNREADABLE",
    "missing": "MISSING",
}
LABEL = {
    "accepted": "Accepted",
    "wrong_answer": "Wrong answer",
    "runtime_error": "Runtime error",
    "time_limit_exceeded": "Time limit exceeded",
    "memory_limit_exceeded": "Memory limit exceeded",
    "compile_error": "Compile error",
    "rule_violation": "Rule violation",
    "internal_error": "Internal error (the judge's fault)",
    "empty": "Empty file",
    "unreadable": "Unreadable file",
    "missing": "Missing file",
}


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Cell:
    """One member's submission for one kata."""

    member: str
    kata: str
    path: str  # relative to ROOT
    status: str  # "judged", or one of PROBLEMS
    verdict: str | None  # a Verdict value when judged
    score: int
    feedback: str  # what failed and why, or what is wrong with the file
    sha256: str | None = None
    judged_at: str | None = None  # when the judging ran (for a cache hit: the original judging)
    cached: bool = False
    duration_s: float = 0.0
    output: str = ""  # what the submission printed
    result: dict | None = None  # the judge's whole result (JudgeResult.to_json())
    committed_at: str | None = None  # with a roster's deadline: when git last committed the file (UTC)
    late: bool = False  # committed after its kata's deadline

    @property
    def outcome(self) -> str:
        """The verdict, or the problem with the file: what a cell shows."""
        return self.verdict if self.status == "judged" and self.verdict else self.status

    @property
    def accepted(self) -> bool:
        return self.outcome == "accepted"

    @property
    def judge_failed(self) -> bool:
        return self.outcome == "internal_error"

    @property
    def short(self) -> str:
        return SHORT.get(self.outcome, self.outcome.upper())

    @property
    def label(self) -> str:
        return LABEL.get(self.outcome, self.outcome)


@dataclass(frozen=True)
class Standing:
    rank: int
    member: str
    solved: int
    attempted: int
    total: int
    out_of: int = 0  # what `solved` counts over: the katas due (with a roster), else those attempted


@dataclass(frozen=True)
class Scoreboard:
    cells: tuple[Cell, ...]
    katas: tuple[str, ...]
    titles: dict[str, str]
    seed: int
    judge_version: str
    judge_fingerprint: str
    layout: str
    root: str
    graded_at: str
    shard: str | None = None  # "K/N" when this is one shard's part
    judged: int = 0  # submissions judged in this run
    cached: int = 0  # submissions whose result came from the cache
    duration_s: float = 0.0
    format: str = FORMAT
    merged_from: tuple[str, ...] = field(default_factory=tuple)  # the shard files `kata grade merge` combined
    warnings: tuple[str, ...] = field(default_factory=tuple)  # e.g. cache entries that could not be written
    roster_members: tuple[str, ...] = field(default_factory=tuple)  # with a roster: everyone on it
    names: dict[str, str] = field(default_factory=dict)  # with a roster: display names
    due: dict[str, str | None] = field(default_factory=dict)  # with a roster: kata -> deadline (UTC) or None
    similar: tuple[SimilarPair, ...] = field(default_factory=tuple)  # with --similarity: never a verdict

    @property
    def members(self) -> tuple[str, ...]:
        return tuple(sorted({c.member for c in self.cells} | set(self.roster_members)))

    def display(self, member: str) -> str:
        """The roster's display name with the handle, or the handle alone."""
        name = self.names.get(member, "")
        return f"{name} ({member})" if name and name != member else member

    def cell(self, member: str, kata: str) -> Cell | None:
        return self._index().get((member, kata))

    def _index(self) -> dict[tuple[str, str], Cell]:
        return {(c.member, c.kata): c for c in self.cells}

    def standings(self) -> list[Standing]:
        """Most katas solved first, then the highest total score; ties share a rank. With a
        roster, both count the katas due, out of how many are due; else what was submitted."""
        rows = []
        for member in self.members:
            mine = [c for c in self.cells if c.member == member]
            counted = [c for c in mine if c.kata in self.due] if self.due else mine
            out_of = len(self.due) if self.due else len(mine)
            rows.append((sum(c.accepted for c in counted), len(mine), sum(c.score for c in counted), member, out_of))
        rows.sort(key=lambda r: (-r[0], -r[2], r[3]))
        standings: list[Standing] = []
        for i, (solved, attempted, total, member, out_of) in enumerate(rows):
            tied = standings and (standings[-1].solved, standings[-1].total) == (solved, total)
            standings.append(Standing(standings[-1].rank if tied else i + 1, member, solved, attempted, total, out_of))
        return standings

    def count(self, outcome: str) -> int:
        return sum(c.outcome == outcome for c in self.cells)

    def to_json(self) -> dict:
        data = {"format": self.format, **asdict(self)}
        data["members"] = list(self.members)
        data["standings"] = [asdict(s) for s in self.standings()]
        return data


def cells_sorted(cells) -> tuple[Cell, ...]:
    return tuple(sorted(cells, key=lambda c: (c.member, c.kata)))


_ADAPTER = TypeAdapter(Scoreboard)


def dump_scoreboard(board: Scoreboard) -> str:
    return json.dumps(board.to_json(), indent=2, ensure_ascii=False) + "\n"


def load_scoreboard(path: Path) -> Scoreboard:
    """Read a `--json` file back. Raises KataError naming the file and what is wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise KataError(f"{path}: cannot be read ({exc.strerror}); pass the JSON that 'kata grade --json' wrote") from None
    except ValueError as exc:
        raise KataError(f"{path}: not JSON ({exc}); pass the JSON that 'kata grade --json' wrote") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        got = data.get("format") if isinstance(data, dict) else type(data).__name__
        raise KataError(f"{path}: format {got!r} is not {FORMAT!r}; pass the JSON that 'kata grade --json' wrote with this kata")
    data = {k: v for k, v in data.items() if k not in ("members", "standings")}
    try:
        return _ADAPTER.validate_python(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        raise KataError(f"{path}: '{where}': {error['msg']}; pass the JSON that 'kata grade --json' wrote") from None
