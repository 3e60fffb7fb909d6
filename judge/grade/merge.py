"""`kata grade merge`: the shards' JSON combined into one scoreboard, as if one runner
had graded everything. The shards must come from the same grading (judge, seed,
layout, shard count) and together cover every shard exactly once."""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..errors import KataError
from .scoreboard import Scoreboard, cells_sorted, load_scoreboard, now_iso


def _same(boards: list[tuple[Path, Scoreboard]], what: str, get) -> None:
    values = {get(b) for _, b in boards}
    if len(values) > 1:
        found = ", ".join(f"{p.name}: {get(b)}" for p, b in boards)
        raise KataError(f"the shards disagree on the {what} ({found}); grade every shard with the same kata and options")


def merge_scoreboards(paths: list[Path]) -> Scoreboard:
    if not paths:
        raise KataError("name the shards' JSON files, e.g. kata grade merge shards/*.json")
    boards = [(p, load_scoreboard(p)) for p in paths]
    _same(boards, "seed", lambda b: b.seed)
    _same(boards, "judge", lambda b: b.judge_fingerprint)
    _same(boards, "layout", lambda b: b.layout)
    _same(boards, "roster", lambda b: hashlib.sha256(repr((sorted(b.names.items()), sorted(b.due.items()))).encode()).hexdigest()[:12])
    _same(boards, "shard count", lambda b: b.shard.split("/")[1] if b.shard else "none")
    shards = [b.shard for _, b in boards]
    if None in shards:
        if len(boards) > 1:
            whole = next(p for p, b in boards if b.shard is None)
            raise KataError(f"{whole} is a whole grading, not a shard; merge only the JSON of 'kata grade --shard K/N'")
    else:
        count = int(shards[0].split("/")[1])
        seen: dict[str, Path] = {}
        for path, board in boards:
            if board.shard in seen:
                raise KataError(f"shard {board.shard} is given twice ({seen[board.shard]} and {path}); pass each shard's JSON once")
            seen[board.shard] = path
        missing = [f"{k}/{count}" for k in range(1, count + 1) if f"{k}/{count}" not in seen]
        if missing:
            raise KataError(f"shard {', '.join(missing)} missing: got {len(seen)} of {count} shards; pass every shard's JSON "
                            "(did a matrix job fail before it wrote its JSON?)")
    cells = {}
    for path, board in boards:
        for cell in board.cells:
            key = (cell.member, cell.kata)
            if key in cells:
                raise KataError(f"{cell.member}/{cell.kata} appears in two shards ({path} among them); the shards overlap")
            cells[key] = cell
    first = boards[0][1]
    titles = {}
    for _, board in boards:
        titles.update(board.titles)
    return Scoreboard(
        cells=cells_sorted(cells.values()),
        katas=tuple(sorted({c.kata for c in cells.values()} | set(first.due))),
        titles=titles,
        seed=first.seed,
        judge_version=first.judge_version,
        judge_fingerprint=first.judge_fingerprint,
        layout=first.layout,
        root=first.root,
        graded_at=now_iso(),
        shard=None,
        judged=sum(b.judged for _, b in boards),
        cached=sum(b.cached for _, b in boards),
        duration_s=round(max(b.duration_s for _, b in boards), 3),
        merged_from=tuple(str(p) for p in paths),
        warnings=tuple(dict.fromkeys(w for _, b in boards for w in b.warnings)),  # each shard finds the same near misses
        roster_members=first.roster_members,
        similar=tuple({(p.kata, p.members): p for _, b in boards for p in b.similar}.values()),
        names=first.names,
        due=first.due,
    )
