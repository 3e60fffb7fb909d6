"""Shared fixtures for the `kata grade` tests and benchmark: synthetic study groups built
from known submissions, and a fake judge for tests that must not spend time judging.

Imported by tests/test_grade_*.py and benchmarks/grade_bench.py with this folder on
sys.path (the fake judge must be importable by name in spawned worker processes).
Only the lru and pair-sum katas are relied on: the catalogue grows while people work.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from pathlib import Path

from judge.results import GroupResult, JudgeResult
from judge.model import load_kata
from judge.verdict import Verdict, score

DATA = Path(__file__).resolve().parent
REPO = DATA.parent.parent
KATAS = REPO / "katas"
MEMORY_HOG = DATA / "grade_submissions" / "memory_hog.py"


def known(slug: str, verdict: str, name: str | None = None) -> Path:
    """A known submission of `slug` with `verdict` (the first one, or the one named)."""
    if verdict == "memory_limit_exceeded":
        return MEMORY_HOG
    folder = KATAS / slug / "submissions" / verdict
    files = sorted(folder.glob("*.py"))
    if name is not None:
        files = [f for f in files if f.stem == name]
    if not files:
        raise LookupError(f"no known {verdict} submission of {slug} named {name}")
    return files[0]


# The 20-member group: each member's lru and pair-sum answer, as (verdict folder, file stem).
# Every verdict appears, plus an empty file, a dangling link, a folder posing as a file,
# and members who skipped a kata. Slow lru wrong answers appear once each.
LRU_PLAN = [
    ("accepted", "reference"), ("wrong_answer", "evicts_most_recent"), ("compile_error", "syntax_error"),
    ("rule_violation", "ordered_dict_alias"), ("runtime_error", "missing_key_raises"),
    ("time_limit_exceeded", "list_recency"), ("memory_limit_exceeded", None), ("compile_error", "missing_class"),
    ("rule_violation", "module_attribute"), ("wrong_answer", "get_does_not_refresh"), ("accepted", "reference"),
    ("time_limit_exceeded", "scan_oldest_stamp"), ("wrong_answer", "update_not_refreshed"), ("compile_error", "syntax_error"),
    ("accepted", "reference"), ("runtime_error", "missing_key_raises"), "empty", None, "dangling", ("rule_violation", "ordered_dict_alias"),
]
PAIR_SUM_PLAN = [
    ("accepted", "reference"), ("wrong_answer", "duplicate_pairs"), ("accepted", "seen_set"), ("runtime_error", "index_past_end"),
    ("time_limit_exceeded", "double_loop"), ("wrong_answer", "pairs_with_itself"), ("compile_error", "missing_module"),
    ("time_limit_exceeded", "list_as_seen_set"), ("wrong_answer", "sorts_input"), ("wrong_answer", "unordered_pair"),
    ("compile_error", "syntax_error"), ("accepted", "seen_set"), ("memory_limit_exceeded", None), None, ("accepted", "reference"),
    "folder", ("wrong_answer", "sorts_input"), ("accepted", "reference"), ("runtime_error", "index_past_end"), "empty",
]
MEMBERS = [f"member{i:02d}" for i in range(1, 21)]


def place(target: Path, slug: str, entry) -> str | None:
    """Put one planned entry at `target`; returns the expected outcome (None: not submitted)."""
    if entry is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    if entry == "empty":
        target.write_text("\n")
        return "empty"
    if entry == "dangling":
        target.symlink_to(target.parent / "nowhere.py")
        return "missing"
    if entry == "folder":
        target.mkdir()
        return "unreadable"
    verdict, name = entry
    target.write_bytes(known(slug, verdict, name).read_bytes())
    return verdict


def build_group(root: Path, layout: str = "kata-member", members: list[str] = MEMBERS,
                plans: dict | None = None) -> dict[tuple[str, str], str]:
    """Lay out a synthetic group under root. Returns {(member, slug): expected outcome}."""
    plans = plans or {"lru": LRU_PLAN, "pair-sum": PAIR_SUM_PLAN}
    expected = {}
    for slug, plan in plans.items():
        for member, entry in zip(members, plan):
            target = root / slug / f"{member}.py" if layout == "kata-member" else root / member / f"{slug}.py"
            outcome = place(target, slug, entry)
            if outcome is not None:
                expected[(member, slug)] = outcome
    # what real group repositories also hold, all to be ignored
    (root / "README.md").write_text("# Our study group\n")
    (root / ".github").mkdir(exist_ok=True)
    if layout == "kata-member":
        (root / "lru" / "README.md").write_text("notes on the LRU problem\n")
        (root / "lru" / "member01.java").write_text("class LRUCache {}\n")
    else:
        (root / members[0] / "helpers.py").write_text("def helper(): pass\n")
    return expected


# ---- a fake judge: the verdict is written in the file ------------------------------------------

MARK = re.compile(r"#\s*fake-(verdict|message|sleep|raise|exit|output):?\s*(.*)")


def fake_source(verdict: str, message: str = "", output: str = "", sleep: float = 0.0) -> str:
    lines = [f"# fake-verdict: {verdict}"]
    if message:
        lines += [f"# fake-message: {line}" for line in message.splitlines()]
    if output:
        lines.append(f"# fake-output: {output}")
    if sleep:
        lines.append(f"# fake-sleep: {sleep}")
    return "\n".join(lines) + "\nx = 1\n"


def known_verdicts() -> dict[str, str]:
    """sha256 of every known lru and pair-sum submission (and the memory hog) -> its verdict folder."""
    table = {hashlib.sha256(MEMORY_HOG.read_bytes()).hexdigest(): "memory_limit_exceeded"}
    for slug in ("lru", "pair-sum"):
        for path in (KATAS / slug / "submissions").glob("*/*.py"):
            table[hashlib.sha256(path.read_bytes()).hexdigest()] = path.parent.name
    return table


def fake_judge(task) -> dict:
    """Stands in for runner.judge_task: a realistic JudgeResult for the verdict the file names
    in a `# fake-verdict:` line, or, for a known submission, the verdict its folder names.
    `# fake-raise` makes the judge raise; `# fake-exit` kills the worker process."""
    data = Path(task.submission).read_bytes()
    text = data.decode("utf-8", "replace")
    marks: dict[str, list[str]] = {}
    for kind, value in MARK.findall(text):
        marks.setdefault(kind, []).append(value)
    if "raise" in marks:
        raise RuntimeError("fake judge failure")
    if "exit" in marks:
        os._exit(7)
    if "sleep" in marks:
        time.sleep(float(marks["sleep"][0]))
    default = known_verdicts().get(hashlib.sha256(data).hexdigest(), "accepted")
    verdict = Verdict(marks.get("verdict", [default])[0])
    message = "\n".join(marks.get("message", [])) or f"fake {verdict.value}"
    kata = load_kata(Path(task.kata_dir))
    groups, failed = [], False
    for name, weight in kata.group_weights():
        if failed:
            groups.append(GroupResult(name, weight, Verdict.SKIPPED, "not run: an earlier stage failed"))
        elif verdict is not Verdict.ACCEPTED and (name == "examples" or verdict is Verdict.RULE_VIOLATION):
            groups.append(GroupResult(name, weight, verdict, message, 3, 1, 0.01))
            failed = True
        else:
            groups.append(GroupResult(name, weight, Verdict.ACCEPTED, "3 of 3 tests passed", 3, 3, 0.01))
    return {"result": JudgeResult(
        kata=kata.slug, submission=task.submission, sha256=hashlib.sha256(data).hexdigest(),
        verdict=verdict, score=score((g.weight, g.verdict) for g in groups), groups=tuple(groups), seed=task.seed,
        judge_version="fake", duration_s=0.01, output="\n".join(marks.get("output", [])),
    ).to_json()}


def timed_fake_judge(task) -> dict:
    """fake_judge, plus which process judged the task and when (to show judgings overlap)."""
    started = time.monotonic()
    outcome = fake_judge(task)
    return {**outcome, "span": (os.getpid(), started, time.monotonic())}


def pid_judge(task) -> dict:
    """Stands in for runner.judge_task: answers with the pid of the worker that judged."""
    return {"pid": os.getpid()}
