"""GitHub Actions annotations: a workflow command per submission that was not accepted, so a
member sees the verdict and the first lines of feedback on their own file, in the pull
request's changed files and in the run's summary. GitHub shows at most 10 error annotations
per step, so the submissions graded in a pull request (`--changed-since`) are the ones to
annotate; the job summary and the reports hold the rest."""

from __future__ import annotations

from pathlib import PurePosixPath

from .scoreboard import Scoreboard

FEEDBACK_LINES = 6


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def annotations(board: Scoreboard, root: str) -> str:
    """One `::error` (the judge's failure: `::warning`) line per cell not accepted; `root` is
    ROOT as the workflow names it, relative to the repository."""
    lines = []
    for cell in board.cells:
        if cell.accepted:
            continue
        path = PurePosixPath(root) / cell.path
        kind = "warning" if cell.judge_failed else "error"
        title = f"{cell.kata}: {cell.label.lower()}, {cell.score}/100"
        body = "\n".join((cell.feedback or cell.label).splitlines()[:FEEDBACK_LINES])
        lines.append(f"::{kind} file={_property(str(path))},line=1,title={_property(title)}::{_data(body)}")
    return "\n".join(lines) + ("\n" if lines else "")
