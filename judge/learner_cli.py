"""`kata test` and `kata hint`: the learner's loop between reading a statement and judging."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.text import Text

from .cli_common import (
    EXIT_ACCEPTED,
    EXIT_REJECTED,
    KATA,
    _console,
    _prose_console,
    _shown,
    read_record,
    record,
    solution_file,
)
from .leetcode import learner_words, written_for
from .model import Kata


@click.command("test")
@click.argument("kata", type=KATA)
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--call", "lines", multiple=True, metavar="CALLS",
              help="your own calls instead of the examples, e.g. \"LRUCache(2); put(1, 1); get(1)\" (repeatable)")
def test_cmd(kata: Kata, file: Path | None, lines: tuple[str, ...]) -> None:
    """Run the statement's examples (or your own calls) and show what came back: no hidden test,
    no verdict. Exit 0 when every example gives what the statement says."""
    from .failures import RemoteError, SubmissionFailure
    from .trying import check, examples_of, load_for_trying, parse_calls, run_calls

    path = solution_file(kata, file)
    try:
        kata = written_for(kata, path.read_bytes())  # reverse-string: the kata's, or LeetCode 344's?
    except OSError:
        pass  # loading it says why it cannot be read
    runs = [(parse_calls(line, kata), None) for line in lines] if lines else examples_of(kata)
    if not runs:
        click.echo(f"{kata.name} has no runnable examples; try your own calls: kata test {kata.name} --call \"...\"")
        return
    console = _console()
    try:
        sandbox = load_for_trying(kata, path)
    except (SubmissionFailure, RemoteError) as exc:
        message = exc.message if isinstance(exc, SubmissionFailure) else exc.describe()
        click.echo(f"{_shown(path)} could not be loaded: {message}", err=True)
        sys.exit(EXIT_REJECTED)
    failed = 0
    say = learner_words(kata)  # a LeetCode variant's calls as the learner's file names them
    try:
        for calls, example in runs:
            outcomes = run_calls(sandbox, calls)
            for i, outcome in enumerate(outcomes):
                shown = f"raised {outcome.raised}" if outcome.raised else say(outcome.returned)
                line = Text.assemble(("  " if i else "» "), (say(outcome.call), "bold"), "  →  ", shown)
                if example is not None and i == len(calls) - 1:
                    verdict = check(outcome, example.expect, example.unordered)
                    failed += not verdict.passed
                    line.append("   ✓" if verdict.passed else f"   ✗ expected {verdict.expected}",
                                style="green" if verdict.passed else "bold red")
                console.print(line)
            if len(outcomes) < len(calls):
                console.print(Text("  (the process ended; the calls after it did not run)", style="dim"))
                failed += example is not None and len(outcomes) < len(calls)
    finally:
        sandbox.close()
    if lines:
        return
    total = len(runs)
    console.print(Text(f"{total - failed} of {total} examples give what the statement says; "
                       f"'kata judge {kata.name}' runs the hidden tests", style="green" if not failed else "red"))
    sys.exit(EXIT_REJECTED if failed else EXIT_ACCEPTED)


@click.command()
@click.argument("kata", type=KATA)
def hint(kata: Kata) -> None:
    """Reveal the kata's next hint (they go from gentle to nearly the answer); how many you
    used is remembered in solutions/.kata/hints.json."""
    hints = kata.meta.hints
    if not hints:
        click.echo(f"{kata.slug} has no hints; 'kata show {kata.slug}' has the statement")
        return
    before = read_record("hints.json").get(kata.slug, 0)
    shown = min(len(hints), (before if type(before) is int and before >= 0 else 0) + 1)
    record("hints.json", kata.slug, shown)
    console = _prose_console()
    for i, text in enumerate(hints[:shown], start=1):
        console.print(Text(f"Hint {i} of {len(hints)}: ", style="bold"), Text(text, style="" if i == shown else "dim"), sep="")
    if shown == len(hints):
        console.print(Text("That was the last hint.", style="dim"))
    else:
        console.print(Text(f"Run 'kata hint {kata.slug}' again for the next one.", style="dim"))
