"""The `kata` command line. A thin layer: the core raises KataError or InternalError,
and this module maps them once to exit codes (0 accepted, 1 judged and not
accepted, 2 usage or input error, 3 internal error)."""

from __future__ import annotations

import ast
import contextlib
import hashlib
import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from . import __version__
from .catalogue import all_katas, find_kata, slugs
from .cli_common import (
    EXIT_ACCEPTED,
    EXIT_INTERNAL,
    EXIT_REJECTED,
    EXIT_USAGE,
    KATA,
    _console,
    _prose_console,
    _shown,
    read_record,
    record,
    solution_file,
    workspace,
)
from .errors import InternalError, KataError
from .leetcode import written_for
from .model import TRACKS, Kata
from .verdict import Verdict


def _read_status() -> dict:
    return read_record("status.json")


def _record_status(slug: str, sha: str, verdict: str, score: int) -> None:
    record("status.json", slug, {"sha256": sha, "verdict": verdict, "score": score})


def reap_leftovers() -> list[str]:
    """Before a long command: remove what judges killed outright left behind (reaper.py)."""
    from .sandbox.reaper import reap

    return reap()


def refuse_without_layers() -> None:
    """KATA_SANDBOX=full (CI): judging without every layer is the judge's failure (exit 3)."""
    from .sandbox.layers import refusal

    why = refusal()
    if why:
        raise InternalError(why)


class Main(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KataError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(EXIT_USAGE)
        except InternalError as exc:
            click.echo(f"internal error (the judge's fault, not yours): {exc}", err=True)
            ctx.exit(EXIT_INTERNAL)


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kata")
def main() -> None:
    """Coding katas judged like an online judge: verdicts, scores and feedback that teaches."""


@main.command("list")
@click.option("--track", type=click.Choice(TRACKS), help="only one track: dsa (data structures and algorithms), coding, llm")
def list_cmd(track: str | None) -> None:
    """The catalogue by track, with your status on each kata."""
    status = _read_status()
    table = Table(box=None, header_style="bold")
    # The slug is what a learner types next (`kata judge <slug>`), the status their own progress:
    # neither is cut short or wrapped, however narrow the terminal (the other columns wrap instead)
    table.add_column("kata", no_wrap=True)
    for col in ("title", "difficulty", "time"):
        table.add_column(col)
    table.add_column("status", no_wrap=True)
    broken = []
    loaded = []
    for slug in slugs():
        try:
            loaded.append(find_kata(slug))
        except KataError as exc:
            broken.append(str(exc))
            table.add_row(slug, "[red]cannot be loaded[/red]", "", "", "")
    heading = None
    for kata in sorted(loaded, key=lambda k: (TRACKS.index(k.meta.track), k.slug)):
        if track is not None and kata.meta.track != track:
            continue
        if kata.meta.track != heading:
            heading = kata.meta.track
            table.add_row(f"[bold]{TRACK_TITLES[heading]}[/bold]", "", "", "", "")
        table.add_row(kata.slug, kata.title, kata.meta.difficulty, kata.meta.complexity.time or "no bound stated", _learner_status(kata, status))
        for v in kata.meta.variants:  # LeetCode's statement of it, for files written to LeetCode's names
            table.add_row(f"  {v.slug}", f"[dim]LeetCode {v.leetcode}: {v.title} (judged as {kata.slug})[/dim]", "", "",
                          _learner_status(kata.with_variant(v.slug), status))
    _console().print(table)
    if broken:
        for message in broken:
            click.echo(f"error: {message}", err=True)
        sys.exit(EXIT_USAGE)


TRACK_TITLES = {"dsa": "Data structures and algorithms", "coding": "Coding and debugging", "llm": "LLM engineering"}


def _learner_status(kata: Kata, status: dict) -> str:
    file = workspace() / f"{kata.name}.py"
    if not file.is_file():
        return "not started"
    seen = status.get(kata.record_key)
    if not seen:
        return "started"
    sha = hashlib.sha256(file.read_bytes()).hexdigest()
    suffix = "" if sha == seen.get("sha256") else " (changed since)"
    return f"{seen['verdict']} {seen['score']}/100{suffix}"


def signatures(stub: Path) -> list[str]:
    """The required names with their signatures, read from the stub."""
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    lines: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            lines.append(f"def {node.name}({ast.unparse(node.args)})" + (f" -> {ast.unparse(node.returns)}" if node.returns else ""))
        elif isinstance(node, ast.ClassDef):
            lines.append(f"class {node.name}:")
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    deco = "".join(f"@{ast.unparse(d)} " for d in item.decorator_list)
                    ret = f" -> {ast.unparse(item.returns)}" if item.returns else ""
                    lines.append(f"    {deco}def {item.name}({ast.unparse(item.args)}){ret}")
    return lines


@main.command()
@click.argument("kata", type=KATA)
def show(kata: Kata) -> None:
    """Statement, required names and signatures, complexity and limits."""
    from rich.markdown import Markdown

    console = _prose_console()
    console.print(Markdown(kata.statement))
    console.print()
    if kata.variant:
        v = kata.variant
        console.print(f"[bold]Judged as LeetCode {v.leetcode}, {v.title}[/bold] ({v.slug}): {v.contract}", highlight=False)
        console.print("[bold]Required names[/bold]: " + ", ".join(v.requires))
        console.print("  " + v.stub.strip().replace("\n", "\n  "), markup=False)
    else:
        console.print("[bold]Required names[/bold]: " + ", ".join(kata.meta.requires))
        for line in signatures(kata.stub_path):
            console.print("  " + line, markup=False)
    for label, bound in (("Time", kata.meta.complexity.time), ("Space", kata.meta.complexity.space)):
        if bound:
            console.print(f"[bold]{label}[/bold]: {bound}", markup=True, highlight=False)
    for rule in kata.meta.forbidden:
        what = rule.module or rule.name or rule.builtin or (f".{rule.method}()" if rule.method else rule.syntax)
        console.print(f"[bold]Forbidden[/bold]: {what} — {rule.message}", markup=True)
    lim = kata.meta.limits
    console.print(f"[bold]Limits[/bold]: {lim.call_s:g} s per call, {lim.memory_mb} MB memory, {lim.cpu_s} s CPU, {lim.output_kb} KB output")
    console.print("[bold]Groups[/bold]: " + ", ".join(f"{g} {w}" for g, w in kata.group_weights()))


@main.command()
@click.argument("kata", type=KATA)
def new(kata: Kata) -> None:
    """Write solutions/<kata>.py from the stub (LeetCode's template for a LeetCode slug). Never overwrites an existing file."""
    name = kata.name
    target = workspace() / f"{name}.py"
    for existing in (target, target.with_name(f"{name.replace('-', '_')}.py")):
        if existing.exists():
            raise KataError(f"{_shown(existing)} already exists; it was left as it is. Judge it with 'kata judge {name}', "
                            "or move it away to start over")
    target.parent.mkdir(parents=True, exist_ok=True)
    stub = kata.variant.stub.rstrip() + "\n" if kata.variant else kata.stub_path.read_text(encoding="utf-8")
    try:
        with open(target, "x", encoding="utf-8") as f:  # 'x': fails rather than overwrite, even in a race
            f.write(stub)
    except FileExistsError:
        raise KataError(f"{_shown(target)} already exists; it was left as it is") from None
    click.echo(f"wrote {_shown(target)}: fill it in, then run 'kata judge {name}'")


@main.command()
@click.argument("kata", type=KATA)
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True, help="hypothesis seed; the same seed gives the same verdict")
@click.option("--chart", is_flag=True, help="draw the growth of every measured test, yours against the reference's (failing ones are always drawn)")
@click.option("--strict", is_flag=True, help="a LeetCode variant (valid-palindrome…) held to the kata's own bounds, which are otherwise advice")
def judge(kata: Kata, file: Path | None, fmt: str, seed: int, chart: bool, strict: bool) -> None:
    """Judge solutions/<kata>.py (or FILE): verdict, score and feedback."""
    from .judging import judge_submission

    path = solution_file(kata, file)
    try:
        kata = written_for(kata, path.read_bytes())  # reverse-string: the kata's, or LeetCode 344's?
    except OSError:
        pass  # the judging says the file cannot be read
    from .interrupt import stop_on_signals
    from .sandbox.layers import detect

    with stop_on_signals() as guard:
        reap_leftovers()
        refuse_without_layers()
        layers = detect()
        if layers.missing and fmt == "text":
            click.echo(layers.summary(), err=True)
        with _progress(fmt):
            result = judge_submission(kata, path, seed=seed, strict=strict)
        if file is None:
            with guard.held():  # recorded whole, and a stop after it says so
                _record_status(kata.record_key, result.sha256, result.verdict.value, result.score)
                guard.message = "kata: interrupted; the verdict was recorded"
        _report(result, fmt, chart)


@contextlib.contextmanager
def _progress(fmt: str):
    """On a terminal, a spinner on stderr naming the group being run and the size being
    measured; nothing when piped or with --format json."""
    if fmt != "text" or not sys.stderr.isatty():
        yield
        return
    from .progress import listening

    with Console(stderr=True).status("judging…", spinner="dots") as status, listening(lambda text: status.update(text)):
        yield


def _report(result, fmt: str, chart: bool = False) -> None:
    from .report import render_result, result_json

    if fmt == "json":
        click.echo(result_json(result))
    else:
        render_result(result, _console(), chart=chart)
    if result.verdict is Verdict.INTERNAL_ERROR:
        sys.exit(EXIT_INTERNAL)
    sys.exit(EXIT_ACCEPTED if result.accepted else EXIT_REJECTED)


@main.command()
@click.argument("katas", nargs=-1, type=KATA)
@click.option("--all", "everything", is_flag=True, help="every kata in the catalogue")
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="submissions judged in parallel (worker processes; measurements still run one at a time)")
def verify(katas: tuple[Kata, ...], everything: bool, seed: int, jobs: int) -> None:
    """Every known submission gets the verdict its folder names, and every test group rejects something."""
    from .verify import verify_katas

    if everything:
        katas = tuple(all_katas(variants=True))
    if not katas:
        raise click.UsageError("name one or more katas, or give --all")
    from .interrupt import stop_on_signals

    console = _console()
    with stop_on_signals():
        reap_leftovers()
        refuse_without_layers()
        reports = verify_katas(katas, seed=seed, jobs=jobs,
                               progress=lambda line: console.print(line, markup=False, highlight=False))
    failed = 0
    for report in reports:
        failed += len(report.problems)
        for problem in report.problems:
            console.print(f"[bold red]✗ {report.kata}[/]: {problem}")
        for note in report.near:
            console.print(f"[yellow]! {report.kata}[/]: {note}", highlight=False)
        if not report.problems:
            console.print(f"[bold green]✓ {report.kata}[/]: {len(report.rows)} known submissions got their verdicts; every group rejects something")
    sys.exit(EXIT_ACCEPTED if failed == 0 else EXIT_REJECTED)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def doctor(fmt: str) -> None:
    """Which sandbox layers are active on this machine, and why a missing one is missing."""
    from .sandbox.layers import detect, require_full

    from .complexity.witness import probe_clock
    from .sandbox.packages import probe_shared_packages

    reaped = reap_leftovers()
    layers = detect()
    packages = probe_shared_packages()
    exact, clock = probe_clock()
    if fmt == "json":
        click.echo(json.dumps({"layers": [{"name": l.name, "active": l.active, "detail": l.detail} for l in layers.items],
                               "packages": [{"name": n, "importable": ok, "detail": d} for n, ok, d in packages],
                               "cpu_time": {"exact": exact, "detail": clock},
                               "summary": layers.summary(), "reaped": reaped}, indent=2))
        sys.exit(EXIT_REJECTED if require_full() and layers.missing else EXIT_ACCEPTED)
    for line in reaped:
        click.echo(f"reaped: {line}", err=True)
    table = Table(box=None, header_style="bold")
    for col in ("layer", "status", "detail"):
        table.add_column(col)
    for layer in layers.items:
        table.add_row(layer.name, "[green]active[/green]" if layer.active else "[yellow]missing[/yellow]", layer.detail)
    for name, ok, detail in packages:
        table.add_row(name, "[green]importable[/green]" if ok else "[red]missing[/red]", detail)
    table.add_row("cpu time", "[green]exact[/green]" if exact else "[yellow]ticks[/yellow]", clock)
    console = _console()
    console.print(table)
    console.print(layers.summary(), markup=False)
    if require_full() and layers.missing:
        sys.exit(EXIT_REJECTED)


from .grade.cli import ci, grade  # noqa: E402  (registered last: grading builds on judge and verify)

main.add_command(grade)
main.add_command(ci)

from .learner_cli import hint, test_cmd  # noqa: E402  (kata test and kata hint: the learner's loop)

main.add_command(test_cmd)
main.add_command(hint)


if __name__ == "__main__":
    main()
