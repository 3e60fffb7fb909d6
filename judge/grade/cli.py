"""`kata grade`, `kata grade merge` and `kata ci init`: a thin layer over grading.

Exit codes: 0 graded (and every threshold met), 1 a threshold not met
(--fail-under, --require-accepted), 2 a usage or input error, 3 the judge itself
failed on some submission. Errors are KataError (one line, mapped to 2 by judge/cli.py).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import InternalError, KataError
from ..sandbox import registry
from .cache import atomic_write, default_cache_dir
from .grading import GradeRequest, grade as grade_group, known_names
from .layout import LAYOUTS, unknown_folders
from .merge import merge_scoreboards
from .runner import run_in_workers
from .scoreboard import Cell, Scoreboard, dump_scoreboard
from .shard import Shard, parse_shard
from .thresholds import unmet
from .install import group_repository, installed_record, requirement
from .workflow import DEFAULT_PATH, PAGES_SETTINGS, WorkflowOptions, workflow_yaml

EXIT_GRADED, EXIT_UNMET, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class ShardParam(click.ParamType):
    name = "K/N"

    def convert(self, value, param, ctx):
        if isinstance(value, Shard):
            return value
        try:
            return parse_shard(value)
        except KataError as exc:
            self.fail(str(exc), param, ctx)


class GradeGroup(click.Group):
    """`kata grade [ROOT] [OPTIONS]` grades; `kata grade merge …` is a subcommand. Anything
    that is not a subcommand's name goes to the hidden default command."""

    default = "run"

    def parse_args(self, ctx, args):
        if not args or args[0] not in self.commands:
            args = [self.default, *args]
        return super().parse_args(ctx, args)


class _Default(click.Command):
    def format_usage(self, ctx, formatter):
        path = ctx.parent.command_path if ctx.parent else ctx.command_path
        formatter.write_usage(path, " ".join(self.collect_usage_pieces(ctx)))


def report_options(f):
    """The outputs and thresholds `kata grade` and `kata grade merge` share."""
    options = [
        click.option("--junit", type=click.Path(dir_okay=False, path_type=Path), help="write JUnit XML: one test case per member and kata"),
        click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path), help="write everything as JSON (what 'merge' reads)"),
        click.option("--markdown", type=click.Path(dir_okay=False, path_type=Path), help="write the scoreboard as Markdown ($GITHUB_STEP_SUMMARY)"),
        click.option("--html", type=click.Path(dir_okay=False, path_type=Path), help="write a self-contained scoreboard page"),
        click.option("--csv", "csv_file", type=click.Path(dir_okay=False, path_type=Path),
                     help="write CSV for a spreadsheet: a row per member and kata"),
        click.option("--annotations", metavar="ROOT", help="print GitHub Actions annotations on each file not accepted; "
                     "ROOT is the graded folder's path in the repository"),
        click.option("--fail-under", type=click.IntRange(0, 100), metavar="SCORE", help="exit 1 if any submission scores less than SCORE"),
        click.option("--require-accepted", is_flag=True, help="exit 1 unless every submission is accepted"),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _write(path: Path | None, flag: str, content: str | bytes) -> None:
    if path is None:
        return
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise KataError(f"{flag} {path}: cannot write it ({exc.strerror or exc}); pick a writable path") from None


def _finish(board: Scoreboard, junit, json_file, markdown, html, csv_file, annotations, fail_under, require_accepted) -> None:
    from .annotations import annotations as annotation_lines
    from .csv_export import scoreboard_csv
    from .html_page import scoreboard_html
    from .junit import junit_xml
    from .markdown import scoreboard_markdown
    from .terminal import render_scoreboard  # imports the judge's report: kept off `kata`'s start-up

    _write(junit, "--junit", junit_xml(board))
    _write(json_file, "--json", dump_scoreboard(board))
    _write(markdown, "--markdown", scoreboard_markdown(board))
    _write(html, "--html", scoreboard_html(board))
    _write(csv_file, "--csv", scoreboard_csv(board))
    render_scoreboard(board, Console(highlight=False, soft_wrap=True))
    if annotations is not None:
        click.echo(annotation_lines(board, annotations), nl=False)
    failed = [c for c in board.cells if c.judge_failed]
    if failed:
        names = ", ".join(c.path for c in failed[:5]) + (", …" if len(failed) > 5 else "")
        click.echo(f"internal error (the judge's fault, not the members'): the judge failed on {len(failed)} submissions ({names}); "
                   "their cells say why", err=True)
        sys.exit(EXIT_INTERNAL)
    problems = unmet(board, fail_under, require_accepted)
    for line in problems:
        click.echo(line, err=True)
    sys.exit(EXIT_UNMET if problems else EXIT_GRADED)


class _Progress:
    """A progress bar on a terminal; one line per submission in a CI log."""

    def __init__(self) -> None:
        self.console = Console(stderr=True, highlight=False)
        self.bar: Progress | None = None
        self.task = None

    def __enter__(self) -> "_Progress":
        if self.console.is_terminal:
            self.bar = Progress(TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                TextColumn("{task.description}"), console=self.console, transient=True)
            self.bar.start()
            registry.register(self)  # a stopped grading gives the terminal its cursor back
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
        registry.unregister(self)

    def __call__(self, cell: Cell | None, done: int, total: int) -> None:
        if cell is None:  # the start: the number of submissions is known
            if self.bar is None:
                click.echo(f"grading {total} submissions", err=True)
            else:
                self.task = self.bar.add_task("", total=total)
            return
        how = " (cached)" if cell.cached else ""
        if self.bar is None:
            click.echo(f"[{done}/{total}] {cell.path}: {cell.short} {cell.score}{how}", err=True)
        else:
            self.bar.update(self.task, completed=done, description=f"{cell.path}: {cell.short}{how}")


@click.group("grade", cls=GradeGroup)
def grade() -> None:
    """Grade a study group's solutions: a scoreboard of members × katas."""


@grade.command(GradeGroup.default, cls=_Default, hidden=True,
               epilog="Shards' JSON files are combined with 'kata grade merge SHARD.json…'.")
@click.argument("root", type=click.Path(path_type=Path), default=".")
@click.option("--layout", type=click.Choice(["auto", *LAYOUTS]), default="auto", show_default=True,
              help="member-kata: ROOT/<member>/<slug>.py; kata-member: ROOT/<slug>/<member>.py; single: ROOT/<slug>.py")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="submissions judged in parallel (worker processes)")
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True, help="hypothesis seed; part of the cache key")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              help="the cache folder to read and fill [default: $KATA_GRADE_CACHE or ~/.cache/kata/grade]")
@click.option("--no-cache", is_flag=True, help="judge everything again and remember nothing")
@click.option("--changed-since", metavar="REF", help="grade only the files git says changed since REF")
@click.option("--shard", type=ShardParam(), help="grade only the K-th of N deterministic parts (CI matrix)")
@click.option("--roster", type=click.Path(dir_okay=False, path_type=Path),
              help="a TOML file: members and display names, katas due and deadlines (see the README)")
@click.option("--similarity", is_flag=True, help="also report pairs of members whose solutions to a kata are nearly "
              "identical after normalising names, formatting and comments (never a verdict; needs kata-judge[similarity])")
@click.option("--similarity-threshold", type=click.FloatRange(0.0, 1.0), default=0.8, show_default=True,
              help="the share of a file's code found in the other that makes a pair similar")
@click.option("--strict", is_flag=True, help="hold files written to LeetCode's statement (valid-palindrome/…) to the kata's own bounds, "
              "which are otherwise advice")
@report_options
def run(root: Path, layout: str, jobs: int, seed: int, cache_dir: Path | None, no_cache: bool, changed_since: str | None,
        shard: Shard | None, roster: Path | None, similarity: bool, similarity_threshold: float, strict: bool,
        **reports) -> None:
    """Grade the submissions under ROOT (default: the current folder) and print the scoreboard.

    Layouts: ROOT/<member>/<slug>.py, ROOT/<slug>/<member>.py, or ROOT/<slug>.py for one
    learner, detected from which folder and file names are kata slugs. Results are cached
    by content (submission, kata, judge, seed): unchanged submissions are not judged again.
    Exit codes: 0 graded, 1 a threshold not met, 2 usage or input error, 3 the judge failed.
    """
    if no_cache and cache_dir is not None:
        raise click.UsageError("--cache and --no-cache contradict each other; give one")
    from ..interrupt import stop_on_signals
    from ..sandbox.layers import refusal
    from ..sandbox.reaper import reap
    from .roster import load_roster

    if similarity:  # before any judging: a missing package is one line, not a lost grading
        from .similarity import require_copydetect

        require_copydetect()

    request = GradeRequest(root=root, layout=layout, seed=seed, shard=shard, changed_since=changed_since,
                           roster=load_roster(roster, known_names()) if roster is not None else None,
                           similarity=similarity_threshold if similarity else None,
                           cache_dir=None if no_cache else (cache_dir or default_cache_dir()), strict=strict)
    # Stopped (Ctrl-C, SIGTERM): workers and their solution processes are ended, the entries
    # of finished judgings stay in the cache, no scoreboard is written; exit 130 or 143.
    with stop_on_signals("kata: interrupted; no scoreboard was written (finished judgings stay cached)"):
        reap()  # what judges killed outright left behind
        if refusal():  # KATA_SANDBOX=full (CI) without every layer: the judge's failure, exit 3
            raise InternalError(refusal())
        with _Progress() as progress:
            board = grade_group(request, functools.partial(run_in_workers, jobs=jobs), on_cell=progress)
        if board.layout == "kata-member" and (unknown := unknown_folders(root, known_names())):
            shown = ", ".join(unknown[:8]) + (f", … ({len(unknown)} folders)" if len(unknown) > 8 else "")
            click.echo(f"not graded, no kata for these folders: {shown}", err=True)
    if not board.cells:
        why = f" changed since {changed_since}" if changed_since else ""
        click.echo(f"no submissions{why}{f' in shard {shard}' if shard else ''}: nothing to grade", err=True)
    _finish(board, **reports)


@grade.command("merge")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@report_options
def merge(files: tuple[Path, ...], **reports) -> None:
    """Combine the JSON of 'kata grade --shard K/N --json FILE' runs into one scoreboard."""
    _finish(merge_scoreboards(list(files)), **reports)


@click.group("ci")
def ci() -> None:
    """CI helpers for study groups."""


@ci.command("init")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_PATH, show_default=True)
@click.option("--force", is_flag=True, help="replace an existing workflow file")
@click.option("--root", default=".", show_default=True, help="the folder in the group's repository that holds the solutions")
@click.option("--layout", type=click.Choice(["auto", *LAYOUTS]), default="auto", show_default=True)
@click.option("--shards", type=click.IntRange(1, 64), default=1, show_default=True, help="N > 1: a matrix of N grading jobs and a merge job")
@click.option("--jobs", type=click.IntRange(min=1), default=2, show_default=True, help="--jobs for each grading job")
@click.option("--seed", type=click.IntRange(min=0), default=0, show_default=True)
@click.option("--python", "python_version", default="3.11", show_default=True)
@click.option("--install", help="what the runner's pip installs [default: read from how this kata was installed: "
              "its version, its git URL and commit, or its folder in the group's repository]")
@click.option("--fail-under", type=click.IntRange(0, 100), metavar="SCORE")
@click.option("--require-accepted", is_flag=True)
@click.option("--pages", is_flag=True, help="also publish the HTML scoreboard with GitHub Pages (pushes to the default branch)")
def ci_init(output: Path, force: bool, python_version: str, **options) -> None:
    """Write a GitHub Actions workflow that grades the group on every push."""
    if output.exists() and not force:
        raise KataError(f"{output} already exists; it was left as it is. Pass --force to replace it, or --output for another path")
    if options["install"] is None:
        version, record = installed_record()
        options["install"] = requirement(version, record, group_repository(output.absolute()))
    text = workflow_yaml(WorkflowOptions(python=python_version, **options))
    _write(output, "--output", text)
    click.echo(f"wrote {output}: commit it, and every push grades the group "
               f"({'one job' if options['shards'] == 1 else str(options['shards']) + ' shards and a merge job'}); "
               f"the runner installs {options['install']}")
    if options["pages"]:
        click.echo(f"for the scoreboard page: {PAGES_SETTINGS}")
