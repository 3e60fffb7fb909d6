"""`kata grade --similarity`: a solution copied with its names renamed, its comments and
docstrings changed and its formatting redone is paired with the original; independent
solutions and the kata's stub are not; verdicts never change; the HTML shows a pair side by
side. The fake judge from tests/data decides at once."""

import builtins
import functools
import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "data"))
import grade_fixtures as gf  # noqa: E402

import judge.grade.cli as grade_cli  # noqa: E402
from judge.cli import main  # noqa: E402
from judge.grade.grading import GradeRequest, grade  # noqa: E402
from judge.grade.html_page import scoreboard_html  # noqa: E402
from judge.grade.markdown import scoreboard_markdown  # noqa: E402
from judge.grade.runner import run_inline  # noqa: E402
from judge.grade.scoreboard import dump_scoreboard, load_scoreboard  # noqa: E402

KATAS = Path(__file__).resolve().parent.parent / "katas"
REFERENCE = (KATAS / "lru" / "submissions" / "accepted" / "reference.py").read_text()
RENAMES = {"_Node": "Link", "nodes": "table", "head": "first", "tail": "last", "_unlink": "_detach", "_append": "_push",
           "oldest": "victim", "node": "item", "capacity": "size"}
ORDERED_DICT = (KATAS / "lru" / "submissions" / "rule_violation" / "ordered_dict_alias.py").read_text()  # an independent design


def disguised(source: str) -> str:
    """The reference renamed, without its docstrings or comments, reformatted."""
    text = re.sub(r'"""(.|\n)*?"""\n', "", source)
    for old, new in RENAMES.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    text = text.replace("    ", "  ").replace("\n\n", "\n\n\n")
    return "# my own LRU, written from scratch\n" + text


@pytest.fixture
def group(tmp_path):
    root = tmp_path / "group"
    (root / "lru").mkdir(parents=True)
    (root / "lru" / "alice.py").write_text(REFERENCE)
    (root / "lru" / "bob.py").write_text(disguised(REFERENCE))
    (root / "lru" / "carol.py").write_text((KATAS / "lru" / "submissions" / "accepted" / "plain_nodes.py").read_text())
    (root / "lru" / "dave.py").write_text(ORDERED_DICT)
    stub = (KATAS / "lru" / "stub.py").read_text()
    (root / "lru" / "erin.py").write_text(stub)  # two members who only saved the stub are not "similar"
    (root / "lru" / "frank.py").write_text(stub.replace("raise NotImplementedError", "pass"))
    return root


def graded(root: Path, similarity: float | None = 0.8):
    return grade(GradeRequest(root, similarity=similarity), functools.partial(run_inline, judge=gf.fake_judge))


def test_a_disguised_copy_is_paired_and_independent_solutions_are_not(group):
    board = graded(group)
    assert [(p.kata, p.members) for p in board.similar] == [("lru", ("alice", "bob"))]
    [pair] = board.similar
    assert min(pair.similarity) >= 0.8 and pair.paths == ("lru/alice.py", "lru/bob.py")
    assert pair.spans[0] and pair.spans[1]


def test_the_threshold_decides_and_similarity_never_changes_a_verdict(group):
    without = graded(group, similarity=None)
    everything = graded(group, similarity=0.0)
    assert without.similar == ()
    assert {(c.member, c.outcome, c.score) for c in without.cells} == {(c.member, c.outcome, c.score) for c in everything.cells}
    assert len(everything.similar) > 1  # at 0, any pair that shares enough code at all


def test_the_reports_show_the_pair_and_the_json_keeps_it(group, tmp_path):
    board = graded(group)
    html = scoreboard_html(board)
    assert "<h2>Similar solutions</h2>" in html and 'class="side"' in html and "<mark>" in html
    assert "it never changes a verdict" in html
    assert "lru/alice.py and lru/bob.py" in scoreboard_markdown(board)
    path = tmp_path / "r.json"
    path.write_text(dump_scoreboard(board))
    again = load_scoreboard(path)
    assert [(p.members, p.similarity) for p in again.similar] == [(p.members, p.similarity) for p in board.similar]
    assert json.loads(path.read_text())["similar"][0]["members"] == ["alice", "bob"]


def test_the_cli_reports_similar_pairs(group, monkeypatch):
    monkeypatch.setattr(grade_cli, "run_in_workers", lambda tasks, on_outcome, jobs: run_inline(tasks, on_outcome, judge=gf.fake_judge))
    result = CliRunner().invoke(main, ["grade", str(group), "--no-cache", "--similarity"])
    assert result.exit_code == 0, result.stderr
    assert "similar solutions (1 pairs; for the organiser to read, never a verdict" in result.stdout
    assert "lru: lru/alice.py and lru/bob.py" in result.stdout
    strict = CliRunner().invoke(main, ["grade", str(group), "--no-cache", "--similarity", "--similarity-threshold", "1.5"])
    assert strict.exit_code == 2 and "1.5" in strict.stderr


def test_without_copydetect_it_says_what_to_install(group, monkeypatch):
    real = builtins.__import__

    def no_copydetect(name, *args, **kwargs):
        if name == "copydetect":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_copydetect)
    result = CliRunner().invoke(main, ["grade", str(group), "--no-cache", "--similarity"])
    assert result.exit_code == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == ("error: --similarity needs copydetect, which is not installed; run: "
                                     "pip install 'kata-judge[similarity]'")
