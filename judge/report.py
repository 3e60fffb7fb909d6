"""Turning results into what a person reads: text for a terminal (rich), JSON for machines."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .results import JudgeResult
from .verdict import Verdict

STYLE = {
    Verdict.ACCEPTED: "bold green",
    Verdict.WRONG_ANSWER: "bold red",
    Verdict.RUNTIME_ERROR: "bold red",
    Verdict.TIME_LIMIT_EXCEEDED: "bold yellow",
    Verdict.MEMORY_LIMIT_EXCEEDED: "bold yellow",
    Verdict.COMPILE_ERROR: "bold magenta",
    Verdict.RULE_VIOLATION: "bold magenta",
    Verdict.INTERNAL_ERROR: "bold white on red",
    Verdict.SKIPPED: "dim",
}


def verdict_text(verdict: Verdict) -> Text:
    return Text(verdict.value, style=STYLE[verdict])


def render_result(result: JudgeResult, console: Console) -> None:
    head = Text.assemble(
        (f"{result.kata}", "bold"), "  ", verdict_text(result.verdict), f"  score {result.score}/100",
        (f"   seed {result.seed} · {result.duration_s:.1f} s · judge {result.judge_version}", "dim"),
    )
    console.print(head)
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("group")
    table.add_column("weight", justify="right")
    table.add_column("verdict")
    table.add_column("tests", justify="right")
    for g in result.groups:
        if g.name == "load" and g.verdict is Verdict.ACCEPTED:
            continue
        tests = f"{g.tests_passed}/{g.tests_run}" if g.tests_run else ""
        table.add_row(g.name, str(g.weight), verdict_text(g.verdict), tests)
    console.print(table)
    failure = result.first_failure()
    if failure is not None:
        console.print()
        console.print(Text(f"{failure.name}: ", style="bold"), Text(failure.message), sep="")
        if result.output.strip():
            console.print(Text("\nyour code printed:", style="bold"))
            console.print(Text(result.output.rstrip()[:1500], style="dim"))
    elif result.accepted:
        console.print(Text(result.summary(), style="green"))


def result_json(result: JudgeResult) -> str:
    return json.dumps(result.to_json(), indent=2, ensure_ascii=False)
