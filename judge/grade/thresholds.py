"""What decides CI's exit code after grading: `--fail-under SCORE` and `--require-accepted`.
Both look at every submission in the scoreboard (a kata a member has not submitted is
not counted); by default grading only reports."""

from __future__ import annotations

from .scoreboard import Scoreboard

SHOWN = 8


def _listing(cells) -> str:
    names = [f"{c.path} {c.short} {c.score}" for c in cells[:SHOWN]]
    more = f", and {len(cells) - SHOWN} more" if len(cells) > SHOWN else ""
    return ", ".join(names) + more


def unmet(board: Scoreboard, fail_under: int | None, require_accepted: bool) -> list[str]:
    """One line per threshold not met, naming the submissions that missed it."""
    problems = []
    if fail_under is not None:
        low = [c for c in board.cells if c.score < fail_under]
        if low:
            problems.append(f"--fail-under {fail_under}: {len(low)} of {len(board.cells)} submissions scored less ({_listing(low)})")
    if require_accepted:
        rejected = [c for c in board.cells if not c.accepted]
        if rejected:
            problems.append(f"--require-accepted: {len(rejected)} of {len(board.cells)} submissions were not accepted ({_listing(rejected)})")
    return problems
