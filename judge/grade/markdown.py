"""The scoreboard as GitHub-flavoured Markdown, for $GITHUB_STEP_SUMMARY or a pull-request
comment: the table, a legend, and each failing submission's feedback folded away.

Names and feedback come from the group's repository and the submissions themselves,
so everything is escaped; the whole text stays under a pull-request comment's limit.
"""

from __future__ import annotations

import re

from .scoreboard import LABEL, SHORT, Cell, Scoreboard
from .similarity import percent
from ..words import plural

LIMIT = 60_000  # a GitHub comment holds 65,536 characters; the step summary 1 MiB
FEEDBACK_CHARS = 1_500
ICON = {"accepted": "✅", "internal_error": "⚠️"}


def inline(text: str) -> str:
    """Safe inside a table cell: no pipes, no HTML, no line breaks, no Markdown emphasis."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"([\\|`*_\[\]#~])", r"\\\1", text)
    return " ".join(text.split())


def _fenced(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}text\n{text}\n{fence}"


def cell_markdown(cell: Cell | None) -> str:
    if cell is None:
        return "·"
    icon = ICON.get(cell.outcome, "❌")
    return f"{icon} {cell.short} {cell.score}" + (" ⏰ late" if cell.late else "")


def scoreboard_markdown(board: Scoreboard) -> str:
    lines = ["## Kata scoreboard", ""]
    header = ["#", "member", *[inline(k) for k in board.katas], "solved", "total"]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join(["---:", "---", *([":---:"] * len(board.katas)), "---:", "---:"]) + "|")
    for s in board.standings():
        row = [str(s.rank), inline(board.display(s.member)), *[cell_markdown(board.cell(s.member, k)) for k in board.katas],
               f"{s.solved}/{s.out_of}", str(s.total)]
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    used = sorted({c.outcome for c in board.cells}, key=list(SHORT).index)
    legend = ", ".join([*(f"{SHORT[o]} = {LABEL[o].lower()}" for o in used), "· = not submitted"])
    lines.append(f"{legend}. "
                 f"{plural(len(board.cells), 'submission')}, {plural(len(board.members), 'member')}; seed {board.seed}, judge {board.judge_version}, "
                 f"graded {board.graded_at}.")
    if board.warnings:
        lines.append("")
        lines += [f"- ⚠️ {inline(w)}" for w in board.warnings[:20]]
    if board.similar:
        lines += ["", f"**Similar solutions** ({len(board.similar)} pairs; never a verdict; the HTML report shows them side by side):", ""]
        lines += [f"- {inline(p.kata)}: {inline(p.paths[0])} and {inline(p.paths[1])}, {percent(p)} of each found in the other"
                  for p in board.similar[:50]]
    failing = [c for c in board.cells if not c.accepted]
    if failing:
        lines += ["", f"<details><summary>Feedback for the {len(failing)} submissions not accepted</summary>", ""]
        size = sum(len(line) + 1 for line in lines)
        for i, cell in enumerate(failing):
            feedback = cell.feedback if len(cell.feedback) <= FEEDBACK_CHARS else cell.feedback[:FEEDBACK_CHARS] + "\n… (cut; the JSON and HTML reports have it all)"
            block = [f"**{inline(cell.member)} · {inline(cell.kata)}** — {cell.label.lower()}, {cell.score}/100 ({inline(cell.path)})",
                     "", _fenced(feedback), ""]
            block_size = sum(len(line) + 1 for line in block)
            if size + block_size > LIMIT:
                lines.append(f"… and {len(failing) - i} more: the JSON and HTML reports have them all.")
                lines.append("")
                break
            lines += block
            size += block_size
        lines.append("</details>")
    return "\n".join(lines) + "\n"
