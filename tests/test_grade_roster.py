"""`kata grade --roster`: members on the roster appear with nothing submitted, "solved"
counts the katas due, display names are shown, late submissions (by git's commit time
against the deadline) are marked, and a wrong roster is one line. The fake judge from
tests/data decides at once."""

import csv
import functools
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "data"))
import grade_fixtures as gf  # noqa: E402

import judge.grade.cli as grade_cli  # noqa: E402
from judge.cli import main  # noqa: E402
from judge.errors import KataError  # noqa: E402
from judge.grade.csv_export import scoreboard_csv  # noqa: E402
from judge.grade.grading import GradeRequest, grade, known_names  # noqa: E402
from judge.grade.markdown import scoreboard_markdown  # noqa: E402
from judge.grade.roster import load_roster  # noqa: E402
from judge.grade.runner import run_inline  # noqa: E402

ROSTER = """\
[members]
alice = "Alice Martin"
bob = ""
carol = "Carol"

[[due]]
kata = "lru"
by = 2026-12-05T23:59:00+01:00

[[due]]
kata = "pair-sum"
"""


def commit(root: Path, rel: str, source: str, when: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source)
    env = {**os.environ, "GIT_COMMITTER_DATE": when, "GIT_AUTHOR_DATE": when}
    subprocess.run(["git", "-C", str(root), "add", rel], check=True)
    subprocess.run(["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", rel],
                   check=True, env=env)


@pytest.fixture
def group(tmp_path):
    """alice solved lru on time; bob solved pair-sum and lru, lru after the deadline; carol
    submitted nothing; dan is not on the roster."""
    root = tmp_path / "group"
    root.mkdir()
    subprocess.run(["git", "-C", str(root), "init", "-q"], check=True)
    accepted = gf.fake_source("accepted")
    commit(root, "lru/alice.py", accepted, "2026-12-05T22:00:00Z")  # 23:00 at +01:00: on time
    commit(root, "lru/bob.py", accepted, "2026-12-05T23:30:00Z")  # 00:30 the next day at +01:00: late
    commit(root, "pair-sum/bob.py", accepted, "2026-12-20T10:00:00Z")  # no deadline: never late
    commit(root, "pair-sum/dan.py", gf.fake_source("wrong_answer", message="boom"), "2026-12-01T10:00:00Z")
    (tmp_path / "roster.toml").write_text(ROSTER)
    return root


def graded(root: Path, roster_path: Path):
    request = GradeRequest(root, roster=load_roster(roster_path, known_names()))
    return grade(request, functools.partial(run_inline, judge=gf.fake_judge))


def test_everyone_on_the_roster_has_a_row_and_solved_counts_the_katas_due(group, tmp_path):
    board = graded(group, tmp_path / "roster.toml")
    assert board.members == ("alice", "bob", "carol", "dan")
    assert board.katas == ("lru", "pair-sum")
    standing = {s.member: s for s in board.standings()}
    assert (standing["bob"].solved, standing["bob"].out_of) == (2, 2)
    assert (standing["alice"].solved, standing["alice"].out_of) == (1, 2)  # 1 of the 2 due, not 1 of 1 submitted
    assert (standing["carol"].solved, standing["carol"].out_of, standing["carol"].total) == (0, 2, 0)
    assert [s.member for s in board.standings()] == ["bob", "alice", "carol", "dan"]
    assert "graded, but not on the roster: dan; add them to [members] if they belong to the group" in board.warnings


def test_a_submission_committed_after_the_deadline_is_marked_late(group, tmp_path):
    board = graded(group, tmp_path / "roster.toml")
    assert not board.cell("alice", "lru").late and board.cell("alice", "lru").committed_at == "2026-12-05T22:00:00+00:00"
    assert board.cell("bob", "lru").late
    assert not board.cell("bob", "pair-sum").late and board.cell("bob", "pair-sum").committed_at is None  # no deadline
    assert board.cell("bob", "lru").accepted  # marked, never a different verdict


def test_the_outputs_show_names_lateness_and_the_count_over_the_katas_due(group, tmp_path):
    board = graded(group, tmp_path / "roster.toml")
    text = scoreboard_markdown(board)
    assert "| 2 | Alice Martin (alice) | ✅ AC 100 | · | 1/2 | 100 |" in text
    assert "| 1 | bob | ✅ AC 100 ⏰ late | ✅ AC 100 | 2/2 | 200 |" in text
    assert "| 3 | Carol (carol) | · | · | 0/2 | 0 |" in text
    rows = {(r["member"], r["kata"]): r for r in csv.DictReader(io.StringIO(scoreboard_csv(board)))}
    assert rows[("bob", "lru")]["late"] == "yes" and rows[("bob", "lru")]["due"] == "2026-12-05T22:59:00+00:00"
    assert rows[("carol", "pair-sum")]["outcome"] == "not_submitted" and rows[("carol", "pair-sum")]["due"] == "yes"
    assert rows[("alice", "lru")]["name"] == "Alice Martin"


def test_the_cli_takes_a_roster_and_shards_merge_with_it(group, tmp_path, monkeypatch):
    monkeypatch.setattr(grade_cli, "run_in_workers", lambda tasks, on_outcome, jobs: run_inline(tasks, on_outcome, judge=gf.fake_judge))
    out = tmp_path / "out"
    parts = []
    for k in (1, 2):
        result = CliRunner().invoke(main, ["grade", str(group), "--roster", str(tmp_path / "roster.toml"), "--no-cache",
                                           "--shard", f"{k}/2", "--json", str(out / f"s{k}.json")])
        assert result.exit_code == 0, result.stderr
        parts.append(str(out / f"s{k}.json"))
    merged = CliRunner().invoke(main, ["grade", "merge", *parts, "--csv", str(out / "all.csv")])
    assert merged.exit_code == 0, merged.stderr
    assert "Carol (carol)" in merged.stdout and "late" in merged.stdout
    members = {r["member"] for r in csv.DictReader(io.StringIO((out / "all.csv").read_text()))}
    assert members == {"alice", "bob", "carol", "dan"}


@pytest.mark.parametrize("text, says", [
    ('[[due]]\nkata = "two-sum"\n', "no kata is named 'two-sum' (in [[due]]); run 'kata list' for the names"),
    ('[[due]]\nkata = "lru"\nby = 2026-12-05T23:59:00\n', "'due.0.by': Value error, a deadline needs its UTC offset"),
    ('[members]\nalice = 3\n', "'members.alice': Input should be a valid string; fix that entry"),
    ('[memebrs]\nalice = "A"\n', "'memebrs': Extra inputs are not permitted; fix that entry"),
    ('[[due]]\nkata = "lru"\n[[due]]\nkata = "lru"\n', "'lru' is due twice (in [[due]]); keep one entry"),
    ('[members\n', "not valid TOML"),
])
def test_a_wrong_roster_is_one_line_naming_the_entry(group, tmp_path, text, says):
    (tmp_path / "bad.toml").write_text(text)
    with pytest.raises(KataError) as caught:
        load_roster(tmp_path / "bad.toml", known_names())
    assert says in str(caught.value) and str(tmp_path / "bad.toml") in str(caught.value)
    result = CliRunner().invoke(main, ["grade", str(group), "--roster", str(tmp_path / "bad.toml"), "--no-cache"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_a_deadline_given_as_a_date_is_its_end_in_utc(tmp_path):
    (tmp_path / "r.toml").write_text('[[due]]\nkata = "lru"\nby = 2026-12-05\n')
    assert load_roster(tmp_path / "r.toml", known_names()).due == {"lru": "2026-12-05T23:59:59+00:00"}
