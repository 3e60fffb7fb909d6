"""Finding a study group's submissions: which file is whose answer to which kata.

Three layouts, told apart by which names are kata slugs:

    member-kata   ROOT/<member>/<slug>.py     one folder per member
    kata-member   ROOT/<slug>/<member>.py     one folder per problem (what group repositories use)
    single        ROOT/<slug>.py              one learner; the member is ROOT's folder name

Everything else (README.md, other languages' solutions, hidden folders, Python files
whose name is not a kata, and files that are never solutions: tests, conftest.py,
__init__.py, setup.py) is ignored; a name that nearly is a kata's (`pair_sum.py`,
`LRU.py`) is reported by `near_misses`. Nothing here reads a submission's content.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import KataError

PATTERNS = {"member-kata": "ROOT/<member>/<slug>.py", "kata-member": "ROOT/<slug>/<member>.py", "single": "ROOT/<slug>.py"}
LAYOUTS = tuple(PATTERNS)


@dataclass(frozen=True, order=True)
class Submission:
    member: str
    slug: str
    path: Path  # as found under ROOT; may be a broken link or unreadable
    rel: str  # the path relative to ROOT, with forward slashes: the submission's name in every output


# Python files a repository holds that are never anyone's solution, in any layout
_NOT_SUBMISSIONS = re.compile(r"(test_.*|.*_test|tests?|conftest|setup|__init__|__main__)\.py")


def _ignored(p: Path) -> bool:
    return p.name.startswith((".", "__")) or bool(_NOT_SUBMISSIONS.fullmatch(p.name))


def _python_files(folder: Path) -> list[Path]:
    # a dangling link or a folder named x.py is still a member's entry, reported in its cell
    return sorted(p for p in folder.iterdir() if p.suffix == ".py" and not _ignored(p))


def _folders(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and not _ignored(p))


def _rel(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


def find_submissions(root: Path, layout: str, slugs: set[str]) -> list[Submission]:
    """Every submission under ROOT in this layout, sorted by member then kata."""
    found: list[Submission] = []
    if layout == "member-kata":
        for folder in _folders(root):
            if folder.name in slugs:
                continue
            found += [Submission(folder.name, p.stem, p, _rel(root, p)) for p in _python_files(folder) if p.stem in slugs]
    elif layout == "kata-member":
        for folder in _folders(root):
            if folder.name in slugs:
                found += [Submission(p.stem, folder.name, p, _rel(root, p)) for p in _python_files(folder)]
    elif layout == "single":
        member = root.resolve().name or "me"
        found += [Submission(member, p.stem, p, _rel(root, p)) for p in _python_files(root) if p.stem in slugs]
    else:
        raise KataError(f"unknown layout '{layout}'; use one of auto, {', '.join(LAYOUTS)}")
    return sorted(found)


def detect_layout(root: Path, slugs: set[str]) -> str:
    """The one layout ROOT's contents fit. Raises KataError when none or several fit."""
    evidence = {layout: find_submissions(root, layout, slugs) for layout in LAYOUTS}
    fitting = [layout for layout in LAYOUTS if evidence[layout]]
    if len(fitting) == 1:
        return fitting[0]
    if not fitting:
        some = ", ".join(sorted(slugs)[:4]) + (", …" if len(slugs) > 4 else "")
        misses = [m for layout in LAYOUTS for m in near_misses(root, layout, slugs)]
        hint = f" ({misses[0]})" if misses else ""
        raise KataError(
            f"found no submissions under {root}: expected {', '.join(PATTERNS.values())}, "
            f"where <slug> is a kata ({some}){hint}; check the path, or run 'kata list' for the slugs"
        )
    examples = "; ".join(f"{evidence[layout][0].rel} fits {layout}" for layout in fitting)
    choices = " or ".join(f"--layout {layout}" for layout in fitting)
    raise KataError(f"the layout of {root} is ambiguous ({examples}); pass {choices}")


def near_miss(name: str, known: set[str]) -> str | None:
    """The kata a file or folder name nearly names (case, `_` or spaces for `-`, a typo), or None."""
    if name in known:
        return None
    normal = re.sub(r"[\s_]+", "-", name.strip().lower())
    if normal in known:
        return normal
    close = difflib.get_close_matches(normal, sorted(known), n=1, cutoff=0.85)
    return close[0] if close else None


def near_misses(root: Path, layout: str, known: set[str]) -> list[str]:
    """Files (or, one folder per problem, folders) not graded because their name is only nearly
    a kata's: one line each, saying which name would be graded."""
    found: list[str] = []
    if layout == "kata-member":
        for folder in _folders(root):
            if (slug := near_miss(folder.name, known)) and _python_files(folder):
                found.append(f"{_rel(root, folder)}/ is not graded: name the folder {slug}/ to grade it as {slug}")
        return found
    folders = [root] if layout == "single" else [f for f in _folders(root) if f.name not in known]
    for folder in folders:
        for p in _python_files(folder):
            if slug := near_miss(p.stem, known):
                found.append(f"{_rel(root, p)} is not graded: name it {slug}.py to grade it as {slug}")
    return found


def unknown_folders(root: Path, known: set[str]) -> list[str]:
    """In the kata-member layout, the folders of Python files whose name is no kata (a group's
    other problems): said in one line, never an error."""
    return [f.name for f in _folders(root) if f.name not in known and not near_miss(f.name, known) and _python_files(f)]
