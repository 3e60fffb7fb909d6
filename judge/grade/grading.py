"""Grading a study group: find the submissions, take what the cache knows, judge the
rest, and return the scoreboard. Nothing here prints; progress goes to a callback.

A member's file is only read, once: its bytes are hashed for the cache and copied to
a private snapshot, and the snapshot is what the judge sees. A missing, empty or
unreadable file becomes a cell saying so, never a failure of the whole run.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..catalogue import find_kata, leetcode_variants, slugs
from ..errors import KataError
from ..leetcode import written_for
from ..results import summary
from .cache import Cache, cache_key, folder_digest, judge_fingerprint
from .changes import changed_files
from .layout import PATTERNS, Submission, detect_layout, find_submissions, near_misses
from .roster import Roster, commit_times
from .runner import OnOutcome, Task
from .scoreboard import Cell, Scoreboard, cells_sorted, now_iso
from .shard import Shard

Run = Callable[[Sequence[Task], OnOutcome], None]
OnCell = Callable[[Cell | None, int, int], None]  # (cell, done, total); first (None, 0, total) at the start


@dataclass(frozen=True)
class GradeRequest:
    root: Path
    layout: str = "auto"
    seed: int = 0
    shard: Shard | None = None
    changed_since: str | None = None
    cache_dir: Path | None = None  # None: judge everything, remember nothing
    strict: bool = False  # LeetCode variants held to the kata's own bounds, not given them as advice
    roster: Roster | None = None  # members, display names, katas due and deadlines
    similarity: float | None = None  # report pairs of files at least this similar (never a verdict)


@dataclass(frozen=True)
class _Kata:
    slug: str
    path: Path | None
    title: str
    digest: str  # the kata's folder, and how it is judged (a variant, --strict): the cache's key
    error: str | None = None  # the catalogue could not load it: the judge's fault
    variant: str | None = None
    kata: object = None  # the loaded Kata (for a file that says which statement it is written to)

    def judged_as(self, source: bytes, strict: bool) -> tuple[str | None, str]:
        """(variant, cache digest) for this file: the kata's own slug may be LeetCode's too."""
        variant = self.variant
        if variant is None and self.kata is not None:
            chosen = written_for(self.kata, source).variant
            variant = chosen.slug if chosen else None
        if variant is None or variant == self.variant:
            return variant, self.digest
        return variant, self.digest + _judged_as(variant, strict)


def select(request: GradeRequest) -> tuple[str, list[Submission]]:
    """The layout and the submissions this run grades (after --changed-since and --shard)."""
    root = request.root
    if not root.is_dir():
        raise KataError(f"ROOT {root} is not a folder; pass the folder that holds the group's solutions")
    known = known_names()
    layout = detect_layout(root, known) if request.layout == "auto" else request.layout
    found = find_submissions(root, layout, known)
    if not found:
        raise KataError(f"found no submissions under {root} in the {layout} layout ({PATTERNS[layout]}); "
                        "check the path, or try --layout auto")
    if request.changed_since is not None:
        changed = changed_files(root, request.changed_since)
        found = [s for s in found if s.rel in changed]
    if request.shard is not None:
        found = [s for s in found if request.shard.holds(s.member, s.slug)]
    return layout, found


def _judged_as(variant: str, strict: bool) -> str:
    """What a cache key adds for a file judged as a LeetCode variant (and held to --strict)."""
    return f"+{variant}{'+strict' if strict else ''}"


def known_names() -> set[str]:
    """What a group's files or folders may be named: the katas' slugs and their LeetCode slugs."""
    return set(slugs()) | set(leetcode_variants())


def _load_katas(wanted: set[str], strict: bool = False) -> dict[str, _Kata]:
    katas = {}
    for slug in sorted(wanted):
        try:
            kata = find_kata(slug)
            variant = kata.variant.slug if kata.variant else None
            how = _judged_as(variant, strict) if variant else ""
            title = f"{kata.variant.title} (LeetCode {kata.variant.leetcode})" if kata.variant else kata.title
            katas[slug] = _Kata(slug, kata.path, title, folder_digest(kata.path) + how, variant=variant, kata=kata)
        except (KataError, OSError) as exc:
            katas[slug] = _Kata(slug, None, slug, "", error=f"the kata '{slug}' could not be loaded: {exc}")
    return katas


def _read(sub: Submission, root: Path) -> tuple[bytes | None, Cell | None]:
    """The file's bytes, or a cell saying why there are none to judge. A link is followed only
    inside ROOT (`root`, already resolved): a member's link to a file outside the repository (a key, /proc/self/environ
    with CI's secrets) is never read, so no feedback or report can show a line of it."""
    path, rel = sub.path, sub.rel

    def problem(status: str, feedback: str) -> tuple[None, Cell]:
        return None, Cell(sub.member, sub.slug, rel, status, None, 0, feedback)

    if path.is_symlink() and not path.exists():
        return problem("missing", f"{rel} is a link to {path.readlink()}, which does not exist; commit the file itself")
    if not path.exists():
        return problem("missing", f"{rel} disappeared while grading; commit it and grade again")
    try:
        inside = path.resolve().is_relative_to(root)
    except (OSError, RuntimeError):  # a loop of links
        inside = False
    if not inside:
        return problem("unreadable", f"{rel} is a link to a file outside the repository, which is never read; "
                                     "commit the file itself")
    if not path.is_file():
        return problem("unreadable", f"{rel} is not a regular file (a folder or a device?); make it a Python file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return problem("unreadable", f"{rel} cannot be read ({exc.strerror or exc}); make it a readable file")
    if not data.strip():
        return problem("empty", f"{rel} is empty; write your solution in it (run 'kata show {sub.slug}' for what to define)")
    return data, None


def _feedback(result: dict) -> tuple[str, str]:
    """(feedback, output) from a JudgeResult's JSON: the same summary `kata judge` prints."""
    return summary(result), result.get("output", "")


def judged_cell(sub: Submission, sha: str, result: dict, judged_at: str, cached: bool) -> Cell:
    result = json.loads(json.dumps({**result, "submission": sub.rel}))  # plain JSON data, as a cache hit has it
    feedback, output = _feedback(result)
    return Cell(sub.member, sub.slug, sub.rel, "judged", result["verdict"], int(result["score"]), feedback,
                sha256=sha, judged_at=judged_at, cached=cached, duration_s=float(result.get("duration_s", 0.0)),
                output=output, result=result)


def failed_cell(sub: Submission, sha: str | None, why: str) -> Cell:
    return Cell(sub.member, sub.slug, sub.rel, "judged", "internal_error", 0,
                f"the judge failed on this submission, through no fault of yours: {why}", sha256=sha, judged_at=now_iso())


def grade(request: GradeRequest, run: Run, on_cell: OnCell | None = None) -> Scoreboard:
    started = time.monotonic()
    layout, subs = select(request)
    roster = request.roster
    katas = _load_katas({s.slug for s in subs} | set(roster.due if roster else ()), request.strict)
    cache = Cache(request.cache_dir) if request.cache_dir is not None else None
    fingerprint = judge_fingerprint()
    cells: list[Cell] = []
    total = len(subs)

    def add(cell: Cell) -> None:
        cells.append(cell)
        if on_cell is not None:
            on_cell(cell, len(cells), total)

    if on_cell is not None:
        on_cell(None, 0, total)
    sources: dict[tuple[str, str], bytes] = {}  # the bytes read once, for --similarity
    resolved_root = request.root.resolve()  # once: every file's link target is checked against it
    pending: list[tuple[str, str, list[Submission]]] = []  # per task: (sha256, cache key, the files with those bytes)
    task_of: dict[str, int] = {}  # cache key -> task: identical files in one run are judged once
    tasks: list[Task] = []
    scratch = Path(tempfile.mkdtemp(prefix=f"kata-grade-{os.getpid()}-"))  # the pid: a reaper knows whose it is
    try:
        for sub in subs:
            kata = katas[sub.slug]
            data, problem = _read(sub, resolved_root)
            if problem is not None:
                add(problem)
                continue
            sources[(sub.member, sub.slug)] = data
            sha = hashlib.sha256(data).hexdigest()
            if kata.error is not None:
                add(failed_cell(sub, sha, kata.error))
                continue
            variant, digest = kata.judged_as(data, request.strict)
            key = cache_key(sha, digest, fingerprint, request.seed)
            entry = cache.get(key) if cache is not None else None
            if entry is not None:
                add(judged_cell(sub, sha, entry["result"], entry.get("judged_at") or "", cached=True))
                continue
            if key in task_of:
                pending[task_of[key]][2].append(sub)
                continue
            snapshot = scratch / str(len(tasks)) / sub.path.name
            snapshot.parent.mkdir()
            snapshot.write_bytes(data)
            task_of[key] = len(tasks)
            pending.append((sha, key, [sub]))
            tasks.append(Task(str(kata.path), str(snapshot), request.seed, variant, request.strict and variant is not None))

        def on_outcome(index: int, outcome: dict) -> None:
            sha, key, same = pending[index]
            if "result" not in outcome:
                for sub in same:
                    add(failed_cell(sub, sha, outcome.get("error", "no result")))
                return
            judged_at = now_iso()
            cells_now = [judged_cell(sub, sha, outcome["result"], judged_at, cached=False) for sub in same]
            if cache is not None and not cells_now[0].judge_failed:  # the judge's failures are retried next time
                cache.put(key, outcome["result"], judged_at)
            for cell in cells_now:
                add(cell)

        run(tasks, on_outcome)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    warnings = [*near_misses(request.root, layout, known_names()),
                *(f"could not write the cache entry {e}" for e in (cache.write_errors if cache else [])[:3])]
    similar: list = []
    if request.similarity is not None:
        from .similarity import similar_pairs  # copydetect pulls in matplotlib: only when asked

        similar = similar_pairs(sources, cells, {slug: _stub_text(k) for slug, k in katas.items()}, request.similarity)
    if roster is not None:
        committed = commit_times(request.root) if any(roster.due.values()) else {}
        cells = [_against_deadline(cell, committed, roster) for cell in cells]
        strangers = sorted({c.member for c in cells} - set(roster.names))
        if strangers:
            shown = ", ".join(strangers[:8]) + (f", … ({len(strangers)} members)" if len(strangers) > 8 else "")
            warnings.append(f"graded, but not on the roster: {shown}; add them to [members] if they belong to the group")
    return Scoreboard(
        cells=cells_sorted(cells),
        katas=tuple(sorted({c.kata for c in cells} | set(roster.due if roster else ()))),
        titles={slug: k.title for slug, k in katas.items()},
        seed=request.seed,
        judge_version=__version__,
        judge_fingerprint=fingerprint,
        layout=layout,
        root=str(request.root),
        graded_at=now_iso(),
        shard=str(request.shard) if request.shard else None,
        judged=len(tasks),
        cached=sum(c.cached for c in cells),
        duration_s=round(time.monotonic() - started, 3),
        warnings=tuple(warnings),
        roster_members=tuple(sorted(roster.names)) if roster else (),
        names=dict(roster.names) if roster else {},
        due=dict(roster.due) if roster else {},
        similar=tuple(similar),
    )


def _stub_text(kata: _Kata) -> str | None:
    """What every member starts from (the kata's stub, or LeetCode's template for a variant):
    code that similarity never counts."""
    loaded = kata.kata
    if loaded is None:
        return None
    if loaded.variant is not None:
        return loaded.variant.stub
    try:
        return loaded.stub_path.read_text(encoding="utf-8")
    except OSError:
        return None


def _against_deadline(cell: Cell, times: dict[str, str], roster: Roster) -> Cell:
    """The cell with its commit time, marked late when git committed it after its kata's deadline."""
    deadline = roster.due.get(cell.kata)
    if deadline is None:
        return cell
    committed = times.get(cell.path)
    late = committed is not None and datetime.fromisoformat(committed) > datetime.fromisoformat(deadline)
    return dataclasses.replace(cell, committed_at=committed, late=late)
