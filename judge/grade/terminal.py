"""The scoreboard in a terminal (rich): members × katas, then what failed and why."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..report import STYLE
from ..words import plural
from ..verdict import Verdict
from .scoreboard import Cell, Scoreboard
from .similarity import percent

PROBLEM_STYLE = "bold red"


def cell_text(cell: Cell | None) -> Text:
    if cell is None:
        return Text("·", style="dim")
    try:
        style = STYLE[Verdict(cell.outcome)]
    except ValueError:
        style = PROBLEM_STYLE
    text = Text(cell.short, style=style)
    text.append(f" {cell.score}")
    if cell.late:
        text.append(" late", style="yellow")
    return text


def render_scoreboard(board: Scoreboard, console: Console, feedback_lines: int = 2) -> None:
    table = Table(header_style="bold", box=None, pad_edge=False, title_justify="left")
    table.add_column("#", justify="right")
    table.add_column("member")
    for slug in board.katas:
        table.add_column(slug, justify="center")
    table.add_column("solved", justify="right")
    table.add_column("total", justify="right")
    for s in board.standings():
        row = [cell_text(board.cell(s.member, slug)) for slug in board.katas]
        table.add_row(str(s.rank), Text(board.display(s.member)), *row, f"{s.solved}/{s.out_of}", str(s.total))
    console.print(table)
    failing = [c for c in board.cells if not c.accepted]
    if failing:
        console.print()
    for cell in failing:
        lines = cell.feedback.splitlines() or [""]
        more = f" (+{len(lines) - feedback_lines} lines in the reports)" if len(lines) > feedback_lines else ""
        console.print(Text.assemble((f"{cell.path}", "bold"), "  ", cell_text(cell), "  ", lines[0]))
        for line in lines[1:feedback_lines]:
            console.print(Text("    " + line, style="dim"))
        if more:
            console.print(Text("    " + more.strip(), style="dim"))
    console.print()
    source = f"{board.judged} judged, {board.cached} from the cache" if not board.merged_from else f"merged from {len(board.merged_from)} shards"
    shard = f" · shard {board.shard}" if board.shard else ""
    console.print(Text(
        f"{plural(len(board.cells), 'submission')} from {plural(len(board.members), 'member')} "
        f"over {plural(len(board.katas), 'kata')}: "
        f"{source} · {board.duration_s:.1f} s · layout {board.layout}{shard} · seed {board.seed} · judge {board.judge_version}",
        style="dim",
    ))
    for warning in board.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    if board.similar:
        console.print(Text(f"similar solutions ({len(board.similar)} pairs; for the organiser to read, never a verdict; "
                           "the HTML report shows them side by side):", style="bold"))
    for pair in board.similar:
        console.print(Text(f"  {pair.kata}: {pair.paths[0]} and {pair.paths[1]}, {percent(pair)} of each found in the other"))
