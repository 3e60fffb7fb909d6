"""The scoreboard's outputs for a 20-member group with every verdict: JUnit (valid against the
schema CI tools read), JSON, Markdown, HTML and the terminal table. The judge is the fake one
from tests/data (known submissions get the verdict their folder names), so this runs at once;
tests/test_grade_group.py does the same with the real judge, behind the slow marker."""

import csv
import dataclasses
import functools
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import xmlschema
from rich.console import Console

sys.path.insert(0, str(Path(__file__).parent / "data"))
import grade_fixtures as gf  # noqa: E402

from judge.grade.annotations import annotations  # noqa: E402
from judge.grade.csv_export import scoreboard_csv  # noqa: E402
from judge.grade.grading import GradeRequest, grade  # noqa: E402
from judge.grade.html_page import scoreboard_html  # noqa: E402
from judge.grade.junit import junit_xml  # noqa: E402
from judge.grade.markdown import LIMIT, scoreboard_markdown  # noqa: E402
from judge.grade.runner import run_inline  # noqa: E402
from judge.grade.scoreboard import dump_scoreboard, load_scoreboard  # noqa: E402
from judge.grade.terminal import render_scoreboard  # noqa: E402

SCHEMA = xmlschema.XMLSchema(Path(__file__).parent / "data" / "junit.xsd")
TRICKY = "<b>eve|&amp;"  # a member whose name is markup, a pipe and an entity


@pytest.fixture(scope="module")
def group(tmp_path_factory):
    root = tmp_path_factory.mktemp("group")
    expected = gf.build_group(root)
    (root / "lru" / f"{TRICKY}.py").write_text(gf.fake_source(
        "wrong_answer", message="get(1) returned 2 | expected -1 ```\n<script>alert(1)</script>", output="printed \x00\x07 bell & <tags>"))
    (root / "pair-sum" / "zed.py").write_text("# fake-raise\n")
    expected[(TRICKY, "lru")] = "wrong_answer"
    expected[("zed", "pair-sum")] = "internal_error"
    return root, expected


@pytest.fixture(scope="module")
def board(group, tmp_path_factory):
    root, _ = group
    return grade(GradeRequest(root, cache_dir=tmp_path_factory.mktemp("cache")), functools.partial(run_inline, judge=gf.fake_judge))


def test_the_scoreboard_has_every_member_and_outcome(board, group):
    _, expected = group
    assert {(c.member, c.kata): c.outcome for c in board.cells} == expected
    assert len(board.members) == 22 and board.katas == ("lru", "pair-sum") and board.layout == "kata-member"
    outcomes = {c.outcome for c in board.cells}
    assert outcomes == {"accepted", "wrong_answer", "runtime_error", "time_limit_exceeded", "memory_limit_exceeded",
                        "compile_error", "rule_violation", "internal_error", "empty", "missing", "unreadable"}
    standings = board.standings()
    assert [s.member for s in standings[:3]] == ["member01", "member15", "member03"]
    for s in standings:
        mine = [c for c in board.cells if c.member == s.member]
        assert s.solved == sum(c.accepted for c in mine) and s.total == sum(c.score for c in mine)
    assert [s.rank for s in standings] == sorted(s.rank for s in standings)


def test_problem_files_are_reported_in_their_cells(board):
    assert "is empty; write your solution" in board.cell("member17", "lru").feedback
    assert "is a link to" in board.cell("member19", "lru").feedback and "does not exist" in board.cell("member19", "lru").feedback
    assert "not a regular file" in board.cell("member16", "pair-sum").feedback
    assert board.cell("member18", "lru") is None  # not submitted: no cell at all
    failed = board.cell("zed", "pair-sum")
    assert failed.judge_failed and "fake judge failure" in failed.feedback and "no fault of yours" in failed.feedback


def test_junit_is_valid_and_carries_verdict_and_feedback(board):
    data = junit_xml(board)
    SCHEMA.validate(data.decode("utf-8"))
    root = ET.fromstring(data)
    cases = root.findall("testsuite/testcase")
    assert len(cases) == len(board.members) * len(board.katas)  # one per member and kata
    assert int(root.get("tests")) == len(cases)
    for suite in root.findall("testsuite"):
        assert int(suite.get("tests")) == len(suite.findall("testcase"))
        assert int(suite.get("failures")) == len(suite.findall("testcase/failure"))
        assert int(suite.get("errors")) == len(suite.findall("testcase/error"))
        assert int(suite.get("skipped")) == len(suite.findall("testcase/skipped"))
    wrong = root.find("testsuite[@name='member02']/testcase[@name='lru']/failure")
    assert wrong.get("type") == "wrong_answer" and wrong.get("message").startswith("wrong_answer 10/100: examples:")
    assert "lru/member02.py" in wrong.text
    assert root.find("testsuite[@name='zed']/testcase[@name='pair-sum']/error").get("type") == "internal_error"
    assert root.find("testsuite[@name='member18']/testcase[@name='lru']/skipped") is not None
    assert root.find("testsuite[@name='member01']/testcase[@name='lru']").findall("*") == []  # accepted: passed
    tricky = root.find(f"testsuite[@name='{TRICKY}']/testcase[@name='lru']")
    assert "<script>alert(1)</script>" in tricky.find("failure").text
    assert tricky.find("system-out").text == "printed \\x00\\x07 bell & <tags>"  # control characters cannot be XML


def test_junit_times_are_the_judgings_own_even_from_the_cache(board):
    """A cached result shows the time its judging took, not time="0.000"."""
    cells = [dataclasses.replace(c, cached=True, duration_s=2.5) if (c.member, c.kata) == ("member02", "lru") else c
             for c in board.cells]
    root = ET.fromstring(junit_xml(dataclasses.replace(board, cells=tuple(cells))))
    assert root.find("testsuite[@name='member02']/testcase[@name='lru']").get("time") == "2.500"
    suite = root.find("testsuite[@name='member02']")
    assert float(suite.get("time")) >= 2.5


def test_csv_has_a_row_per_member_and_kata_for_a_spreadsheet(board):
    rows = list(csv.DictReader(io.StringIO(scoreboard_csv(board))))
    assert len(rows) == len(board.members) * len(board.katas)
    assert list(rows[0]) == ["rank", "member", "name", "solved", "out_of", "total", "kata", "due", "outcome", "score", "late",
                             "committed_at", "file", "sha256", "judged_at", "judge_seconds", "feedback"]
    by = {(r["member"], r["kata"]): r for r in rows}
    assert by[("member18", "lru")]["outcome"] == "not_submitted" and by[("member18", "lru")]["score"] == "0"
    wrong = by[("member02", "lru")]
    assert wrong["outcome"] == "wrong_answer" and wrong["score"] == "10" and wrong["file"] == "lru/member02.py"
    assert wrong["feedback"].startswith("examples:") and "\n" not in wrong["feedback"]
    standing = {s.member: s for s in board.standings()}
    assert all(int(r["rank"]) == standing[r["member"]].rank and int(r["solved"]) == standing[r["member"]].solved for r in rows)
    assert [r["member"] for r in rows][:2] == [board.standings()[0].member] * 2  # in standing order


def test_csv_never_holds_a_formula(board):
    cells = [dataclasses.replace(c, member="=HYPERLINK(\"http://x\")") if c.member == "member02" else c for c in board.cells]
    text = scoreboard_csv(dataclasses.replace(board, cells=tuple(cells)))
    members = {r["member"] for r in csv.DictReader(io.StringIO(text))}
    assert "'=HYPERLINK(\"http://x\")" in members and not any(m.startswith("=") for m in members)


def test_annotations_put_each_verdict_on_its_members_file(board):
    """GitHub workflow commands, escaped as GitHub reads them: the member sees the verdict and
    the first lines of feedback on their own file; an accepted file gets none."""
    lines = annotations(board, "solutions dir").splitlines()
    assert len(lines) == sum(not c.accepted for c in board.cells)
    wrong = next(line for line in lines if "lru/member02.py" in line)
    assert wrong.startswith("::error file=solutions dir/lru/member02.py,line=1,title=lru%3A wrong answer%2C 10/100::examples:")
    tricky = next(line for line in lines if TRICKY in line.split("::")[1] or "eve" in line.split("::")[1])
    assert "\n" not in tricky and "%0A" in tricky  # multi-line feedback stays one command
    assert next(line for line in lines if "pair-sum/zed.py" in line).startswith("::warning ")  # the judge's own failure
    assert not any("lru/member01.py" in line for line in lines)  # accepted


def test_json_has_everything_and_reads_back(board, tmp_path):
    path = tmp_path / "results.json"
    path.write_text(dump_scoreboard(board))
    data = json.loads(path.read_text())
    assert data["format"] == "kata-grade/1" and data["seed"] == 0 and data["judge_version"]
    judged = [c for c in data["cells"] if c["status"] == "judged"]
    assert judged and all(re.fullmatch(r"[0-9a-f]{64}", c["sha256"]) and c["judged_at"] for c in judged)
    assert all(c["result"]["groups"] and c["result"]["submission"] == c["path"] for c in judged if c["verdict"] != "internal_error")
    assert [s["member"] for s in data["standings"]] == [s.member for s in board.standings()]
    assert load_scoreboard(path) == board


def test_markdown_table_escapes_and_folds_feedback(board):
    text = scoreboard_markdown(board)
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert len(rows) == 1 + len(board.members)
    assert all(line.count(" | ") == len(rows[0].split(" | ")) - 1 for line in rows)  # no stray pipe splits a row
    assert "&lt;b&gt;eve\\|&amp;amp;" in text
    assert "<script>" not in text.split("<details>")[0]
    assert "| 1 | member01 | ✅ AC 100 | ✅ AC 100 | 2/2 | 200 |" in text
    assert "````text\nexamples: get(1) returned 2 | expected -1 ```" in text  # a longer fence than the feedback's
    assert text.count("<details>") == text.count("</details>") == 1


def test_markdown_stays_under_a_comment_limit(board):
    huge = [dataclasses.replace(c, feedback="x" * 5000) if not c.accepted else c for c in board.cells] * 30
    cells = tuple(dataclasses.replace(c, member=f"{c.member}-{i}") for i, c in enumerate(huge))
    text = scoreboard_markdown(dataclasses.replace(board, cells=cells))
    assert len(text) < LIMIT + 20_000  # the table itself plus the capped feedback
    assert "more: the JSON and HTML reports have them all" in text


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.ids = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs
        self.ids += [v for k, v in attrs if k == "id"]


def test_html_is_self_contained_and_escaped(board):
    page = scoreboard_html(board)
    parsed = Tags()
    parsed.feed(page)
    assert {"script", "link", "img", "iframe", "object", "embed"}.isdisjoint(parsed.tags)
    assert not [v for k, v in parsed.attrs if k in ("src", "srcset")]
    assert all(v.startswith("#") for k, v in parsed.attrs if k == "href")
    assert "url(" not in page and "@import" not in page and "http" not in page.replace('lang="en"', "")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;eve|&amp;amp;" in page
    assert len(parsed.ids) == len(set(parsed.ids))
    hrefs = {v[1:] for k, v in parsed.attrs if k == "href"}
    assert hrefs == set(parsed.ids) and len(hrefs) == sum(not c.accepted for c in board.cells)  # each failing cell links to its feedback


def test_terminal_scoreboard(board):
    out = io.StringIO()
    render_scoreboard(board, Console(file=out, width=200, highlight=False))
    text = out.getvalue()
    assert re.search(r"1\s+member01\s+AC 100\s+AC 100\s+2/2\s+200", text)
    assert "lru/member02.py" in text and "examples:" in text
    assert f"{len(board.cells)} submissions from 22 members over 2 katas" in text
