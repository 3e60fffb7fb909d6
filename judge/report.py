"""Turning results into what a person reads: text for a terminal (rich), JSON for machines."""

from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import chart as charts
from .results import MEASURED, GroupResult, JudgeResult
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


PRINTED = 10  # lines of what the submission printed, under the failures


def render_result(result: JudgeResult, console: Console, chart: bool = False) -> None:
    """The verdict, the groups, every failing group's first failure (with a chart of the growth under it when a
    performance or space group was rejected for its cost) or what an accepted judging proved
    (with where each measured test stands against the reference). `chart`: draw every measured
    test, accepted or not."""
    head = Text.assemble(
        (f"{result.kata}", "bold"), (f" (LeetCode {result.leetcode})" if result.leetcode else "", "dim"),
        "  ", verdict_text(result.verdict), f"  score {result.score}/100",
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
    failures = [g for g in result.groups if g.verdict not in (Verdict.ACCEPTED, Verdict.SKIPPED)]
    drawn = [(g, test, f) for g in result.groups for test, f in charts.drawn(g.name, g.verdict, g.figures)]
    for failure in failures:  # every group that failed: the properties' smallest example too
        console.print()
        console.print(Text(f"{failure.name}: ", style="bold"), Text(failure.message), sep="")
    if not failures and result.accepted:
        console.print(Text(result.summary(), style="green"))
        for g in result.groups:
            if g.advice:
                console.print(Text(f"\nadvice · {g.name}: ", style="bold yellow"), Text(g.advice), sep="")
        if not chart:
            for g in result.groups:
                for test, figures in g.figures.items():
                    if g.name in MEASURED and (line := charts.standing(figures)):
                        console.print(Text(f"  {g.name} · {test}: {line}", style="dim"))
    if chart:
        shown = {(g.name, test) for g, test, _ in drawn}
        drawn += [(g, test, f) for g in result.groups for test, f in charts.drawn(g.name, g.verdict, g.figures, every=True)
                  if (g.name, test) not in shown]
    for group, test, figures in drawn:
        _print_chart(console, group, test, figures)
    shown_per_test = any("your code printed during this test" in g.message for g in failures)
    if failures and result.output.strip() and not shown_per_test:
        lines = result.output.rstrip().splitlines()
        title = "your code printed" + (f" (the first {PRINTED} lines):" if len(lines) > PRINTED else ":")
        console.print(Text("\n" + title, style="bold"))
        console.print(Text("\n".join(line[:200] for line in lines[:PRINTED]), style="dim"))


def _print_chart(console: Console, group: GroupResult, test: str, figures: dict) -> None:
    width = max(40, min(72, console.width) - 2)  # with the indent, within 72 columns and the terminal
    console.print()
    console.print(Text(f"{group.name} · {test}", style="bold"))
    if group.verdict is Verdict.ACCEPTED and (line := charts.standing(figures)):
        console.print(Text(f"  {line}", style="dim"))
    lines = charts.text_chart(figures, width=width)
    console.print(Text("\n".join("  " + line for line in lines)), no_wrap=True, overflow="crop", crop=True)


def result_json(result: JudgeResult) -> str:
    return json.dumps(result.to_json(), indent=2, ensure_ascii=False)
