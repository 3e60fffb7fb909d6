"""CSV for an organiser's spreadsheet: one row per member and kata (a kata not submitted
included), with the member's rank, katas solved and total score on every row, so a pivot
table or a filter needs nothing else. A field that a spreadsheet would run as a formula
(a member named `=HYPERLINK(…)`) is written as text."""

from __future__ import annotations

import csv
import io

from .scoreboard import Scoreboard

COLUMNS = ("rank", "member", "name", "solved", "out_of", "total", "kata", "due", "outcome", "score", "late", "committed_at",
           "file", "sha256", "judged_at", "judge_seconds", "feedback")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def scoreboard_csv(board: Scoreboard) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for standing in board.standings():
        for slug in board.katas:
            cell = board.cell(standing.member, slug)
            first_line = cell.feedback.strip().splitlines()[0] if cell and cell.feedback.strip() else ""
            due = ("yes" if board.due[slug] is None else board.due[slug]) if slug in board.due else ""
            writer.writerow([
                standing.rank, _text(standing.member), _text(board.names.get(standing.member, "")), standing.solved,
                standing.out_of, standing.total, slug, due, cell.outcome if cell else "not_submitted",
                cell.score if cell else 0, "yes" if cell and cell.late else "", (cell.committed_at or "") if cell else "",
                _text(cell.path) if cell else "",
                (cell.sha256 or "") if cell else "", (cell.judged_at or "") if cell else "",
                f"{cell.duration_s:.3f}" if cell else "", _text(first_line),
            ])
    return out.getvalue()
