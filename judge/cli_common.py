"""What the `kata` commands share: a kata named on the command line, the consoles, and where
the learner's files are."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click
from rich.console import Console

from .catalogue import find_kata, slugs
from .errors import KataError
from .model import Kata

EXIT_ACCEPTED, EXIT_REJECTED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class KataParam(click.ParamType):
    """A slug on the command line becomes a loaded Kata, or a 'did you mean' error."""

    name = "kata"

    def convert(self, value, param, ctx):
        if isinstance(value, Kata):
            return value
        try:
            return find_kata(value)
        except KataError as exc:
            self.fail(str(exc), param, ctx)

    def shell_complete(self, ctx, param, incomplete):
        from click.shell_completion import CompletionItem

        return [CompletionItem(slug) for slug in slugs() if slug.startswith(incomplete.lower().replace("_", "-"))]


KATA = KataParam()


PIPED_WIDTH = 100  # the width of prose when the output is a pipe or a CI log


def _console() -> Console:
    # A pipe or a CI log has no width; do not wrap tables at rich's default of 80 columns there.
    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else 160
    return Console(highlight=False, soft_wrap=True, width=width)


def _prose_console() -> Console:
    """For a statement: wrapped at the terminal's width (a fixed one when piped), never cut."""
    width = None if sys.stdout.isatty() or os.environ.get("COLUMNS") else PIPED_WIDTH
    return Console(highlight=False, soft_wrap=False, width=width)


def workspace() -> Path:
    """The learner's solutions folder, found as git finds a repository: KATA_WORKSPACE if set;
    else the current folder if it is named `solutions`, or the nearest `solutions/` in it or
    above it (the current folder, then each parent); else `solutions/` here, which `kata new`
    creates."""
    override = os.environ.get("KATA_WORKSPACE")
    if override:
        return Path(override)
    here = Path.cwd()
    for folder in (here, *here.parents):
        if folder.name == "solutions" and folder == here:
            return folder
        if (folder / "solutions").is_dir():
            return folder / "solutions"
    return here / "solutions"


def _shown(path: Path) -> str:
    """A path as the learner would type it from here."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def solution_file(kata: Kata, given: Path | None) -> Path:
    """The file to judge: FILE as given (a folder means the kata's file in it), else the
    workspace's `<slug>.py`, or its `<slug_with_underscores>.py` (an importable name)."""
    folder = given if given is not None and given.is_dir() else (None if given is not None else workspace())
    if folder is None:
        if not given.exists():
            raise KataError(f"{given} does not exist; check the path")
        return given
    names = [f"{kata.name}.py", f"{kata.name.replace('-', '_')}.py"]
    for name in names:
        if (folder / name).is_file():
            return folder / name
    where = _shown(folder / names[0])
    if given is not None:
        raise KataError(f"{given} is a folder without {names[0]} in it; give the file to judge, e.g. kata judge {kata.name} {where}")
    raise KataError(f"{where} does not exist; run 'kata new {kata.name}' to start one")


def read_record(name: str) -> dict:
    """A learner record in solutions/.kata/ (status.json, hints.json): {} when missing,
    unreadable or not an object (a file edited by hand never stops a command)."""
    try:
        data = json.loads((workspace() / ".kata" / name).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def record(name: str, slug: str, value) -> None:
    """Set one kata's entry in a learner record, atomically (a temp file, then a rename: a
    command stopped mid-write leaves the old record). A record is a convenience: a failure to
    write it never fails the command."""
    from .grade.cache import atomic_write

    data = read_record(name)
    data[slug] = value
    try:
        atomic_write(workspace() / ".kata" / name, json.dumps(data, indent=2, sort_keys=True).encode())
    except OSError:
        pass
