"""The grading cache: keys, atomic entries, and what grading takes from it (judge/grade/cache.py)."""

import functools
import json
import shutil
import sys
from pathlib import Path


sys.path.insert(0, str(Path(__file__).parent / "data"))
import grade_fixtures as gf  # noqa: E402

from judge.grade.cache import Cache, cache_key, folder_digest, judge_fingerprint  # noqa: E402
from judge.grade.grading import GradeRequest, grade  # noqa: E402
from judge.grade.runner import run_inline  # noqa: E402


def test_key_changes_with_every_part():
    base = cache_key("s" * 64, "k" * 64, "0.1.0+abc", 0)
    assert base == cache_key("s" * 64, "k" * 64, "0.1.0+abc", 0)
    others = [cache_key("t" * 64, "k" * 64, "0.1.0+abc", 0), cache_key("s" * 64, "l" * 64, "0.1.0+abc", 0),
              cache_key("s" * 64, "k" * 64, "0.2.0+abc", 0), cache_key("s" * 64, "k" * 64, "0.1.0+abc", 1)]
    assert len({base, *others}) == 5


def test_kata_digest_covers_every_file_but_bytecode(tmp_path):
    kata = tmp_path / "pair-sum"
    shutil.copytree(gf.KATAS / "pair-sum", kata, ignore=shutil.ignore_patterns("__pycache__"))
    before = folder_digest(kata)
    (kata / "tests" / "__pycache__").mkdir()
    (kata / "tests" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    (kata / ".DS_Store").write_bytes(b"\0")
    assert folder_digest(kata) == before
    for changed in ("kata.toml", "support.py", "tests/test_examples.py", "submissions/accepted/reference.py"):
        path = kata / changed
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert folder_digest(kata) != before, changed
        path.write_bytes(original)
    assert folder_digest(kata) == before


def test_judge_fingerprint_carries_the_version():
    from judge import __version__

    assert judge_fingerprint().startswith(__version__ + "+")


def test_entries_are_whole_or_absent(tmp_path):
    cache = Cache(tmp_path)
    key = "ab" + "c" * 62
    assert cache.get(key) is None
    cache.put(key, {"verdict": "accepted"}, "2026-01-01T00:00:00+00:00")
    assert cache.get(key)["result"] == {"verdict": "accepted"}
    assert [p.name for p in (tmp_path / "ab").iterdir()] == [f"{key}.json"]  # no temp file left behind
    (tmp_path / "ab" / f"{key}.json").write_text('{"key": "ab')  # torn or corrupt: a miss, not a crash
    assert cache.get(key) is None
    (tmp_path / "ab" / f"{key}.json").write_text(json.dumps({"key": "other", "result": {}}))
    assert cache.get(key) is None


def test_an_unwritable_cache_slows_grading_but_never_stops_it(tmp_path):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    cache = Cache(blocker)
    cache.put("ab" + "c" * 62, {}, "")
    assert cache.write_errors and "cache" in cache.write_errors[0]


class CountingJudge:
    def __init__(self):
        self.calls = []

    def __call__(self, task):
        self.calls.append(Path(task.submission).name)
        return gf.fake_judge(task)


def small_group(root: Path) -> None:
    for member, verdict in (("alice", "accepted"), ("bob", "wrong_answer"), ("carol", "internal_error")):
        (root / "pair-sum").mkdir(parents=True, exist_ok=True)
        (root / "pair-sum" / f"{member}.py").write_text(gf.fake_source(verdict))


def test_unchanged_submissions_are_not_judged_again(tmp_path):
    small_group(tmp_path / "group")
    request = GradeRequest(tmp_path / "group", cache_dir=tmp_path / "cache")
    judge = CountingJudge()
    first = grade(request, functools.partial(run_inline, judge=judge))
    assert sorted(judge.calls) == ["alice.py", "bob.py", "carol.py"] and first.judged == 3 and first.cached == 0
    judge.calls.clear()
    second = grade(request, functools.partial(run_inline, judge=judge))
    assert judge.calls == ["carol.py"]  # the judge's own failure is never cached: it is retried
    assert second.cached == 2
    assert [(c.member, c.verdict, c.score, c.sha256) for c in second.cells] == [(c.member, c.verdict, c.score, c.sha256) for c in first.cells]
    hit = second.cell("alice", "pair-sum")
    assert hit.cached and hit.judged_at == first.cell("alice", "pair-sum").judged_at  # the time of the judging itself

    (tmp_path / "group" / "pair-sum" / "bob.py").write_text(gf.fake_source("accepted", output="second try"))
    judge.calls.clear()
    third = grade(request, functools.partial(run_inline, judge=judge))
    assert sorted(judge.calls) == ["bob.py", "carol.py"] and third.cell("bob", "pair-sum").verdict == "accepted"

    judge.calls.clear()
    grade(GradeRequest(tmp_path / "group", seed=1, cache_dir=tmp_path / "cache"), functools.partial(run_inline, judge=judge))
    assert len(judge.calls) == 3  # another seed, another key


def test_a_changed_kata_is_judged_again(tmp_path, monkeypatch):
    catalogue = tmp_path / "katas"
    shutil.copytree(gf.KATAS / "pair-sum", catalogue / "pair-sum", ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setenv("KATA_CATALOGUE", str(catalogue))
    small_group(tmp_path / "group")
    request = GradeRequest(tmp_path / "group", cache_dir=tmp_path / "cache")
    judge = CountingJudge()
    grade(request, functools.partial(run_inline, judge=judge))
    judge.calls.clear()
    grade(request, functools.partial(run_inline, judge=judge))
    assert judge.calls == ["carol.py"]
    with open(catalogue / "pair-sum" / "tests" / "test_examples.py", "a") as f:
        f.write("\n# a hidden test changed\n")
    judge.calls.clear()
    grade(request, functools.partial(run_inline, judge=judge))
    assert len(judge.calls) == 3


def test_no_cache_judges_everything_and_writes_nothing(tmp_path):
    small_group(tmp_path / "group")
    judge = CountingJudge()
    for _ in range(2):
        board = grade(GradeRequest(tmp_path / "group", cache_dir=None), functools.partial(run_inline, judge=judge))
    assert len(judge.calls) == 6 and board.cached == 0


def test_identical_files_in_one_run_are_judged_once(tmp_path):
    root = tmp_path / "group"
    (root / "pair-sum").mkdir(parents=True)
    for member in ("ann", "ben", "cat"):
        (root / "pair-sum" / f"{member}.py").write_text(gf.fake_source("wrong_answer", message="same answer"))
    judge = CountingJudge()
    board = grade(GradeRequest(root, cache_dir=None), functools.partial(run_inline, judge=judge))
    assert len(judge.calls) == 1 and board.judged == 1
    assert [(c.member, c.verdict, c.path) for c in board.cells] == [
        ("ann", "wrong_answer", "pair-sum/ann.py"), ("ben", "wrong_answer", "pair-sum/ben.py"), ("cat", "wrong_answer", "pair-sum/cat.py")]
    assert all(c.result["submission"] == c.path for c in board.cells)
