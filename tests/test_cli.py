"""The `kata` command through click's CliRunner: exit codes, stdout and stderr apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from judge.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path / "solutions"


def invoke(runner, *args):
    return runner.invoke(main, list(args), catch_exceptions=False)


def test_list_shows_the_catalogue_and_status(runner, workspace):
    result = invoke(runner, "list")
    assert result.exit_code == 0
    assert "lru" in result.stdout and "pair-sum" in result.stdout and "not started" in result.stdout


def test_list_never_cuts_a_slug_short_on_a_narrow_terminal(runner, workspace, monkeypatch):
    """The first column is what a learner types next (`kata judge implement-queue-using-stacks`):
    on an 80-column terminal the titles wrap, the slugs and the learner's status stay whole."""
    from judge.catalogue import all_katas

    monkeypatch.setenv("COLUMNS", "80")
    listing = invoke(runner, "list").stdout
    assert "…" not in "".join(line[:33] for line in listing.splitlines())
    words = set(listing.split())
    for kata in all_katas(variants=True):
        assert kata.name in words, kata.name
    assert "not started" in listing


def test_show_gives_statement_signatures_and_limits(runner, workspace):
    result = invoke(runner, "show", "lru")
    assert result.exit_code == 0
    for text in ("LRU cache", "class LRUCache", "def get(self, key)", "O(1)", "Forbidden", "Limits"):
        assert text in result.stdout


def test_new_writes_the_stub_and_never_overwrites(runner, workspace):
    result = invoke(runner, "new", "lru")
    assert result.exit_code == 0
    target = workspace / "lru.py"
    assert "class LRUCache" in target.read_text()
    target.write_text("# my work\n")
    again = invoke(runner, "new", "lru")
    assert again.exit_code == 2
    assert "already exists" in again.stderr and "Traceback" not in again.stderr
    assert target.read_text() == "# my work\n"


def test_judge_stub_is_not_accepted_and_records_status(runner, workspace):
    invoke(runner, "new", "pair-sum")
    result = invoke(runner, "judge", "pair-sum")
    assert result.exit_code == 1
    assert "runtime_error" in result.stdout and "NotImplementedError" in result.stdout
    assert "runtime_error 0/100" in invoke(runner, "list").stdout


def test_judge_accepted_exits_0_json(runner, workspace):
    result = invoke(runner, "judge", "pair-sum", str(ROOT / "katas/pair-sum/submissions/accepted/reference.py"), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["verdict"] == "accepted" and data["score"] == 100 and data["seed"] == 0
    assert [g["name"] for g in data["groups"]][:4] == ["load", "examples", "properties", "performance"]
    assert data["groups"][-1]["figures"]


def test_unknown_slug_is_a_usage_error_with_a_suggestion(runner, workspace):
    result = invoke(runner, "judge", "pair-summ")
    assert result.exit_code == 2
    assert "did you mean 'pair-sum'" in result.stderr and result.stdout == ""


def test_missing_file_is_a_usage_error_naming_the_fix(runner, workspace):
    result = invoke(runner, "judge", "lru")
    assert result.exit_code == 2
    assert "solutions/lru.py does not exist; run 'kata new lru'" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_seed_is_a_usage_error(runner, workspace):
    """On a file that exists and a kata that exists, so only --seed can be what is wrong."""
    reference = str(ROOT / "katas/pair-sum/submissions/accepted/reference.py")
    result = invoke(runner, "judge", "pair-sum", reference, "--seed", "-1")
    assert result.exit_code == 2
    assert "--seed" in result.stderr and "-1" in result.stderr and "Traceback" not in result.stderr


def test_broken_kata_toml_is_one_line_exit_2(runner, workspace, tmp_path, monkeypatch):
    import shutil

    root = tmp_path / "katas"
    shutil.copytree(ROOT / "katas" / "pair-sum", root / "pair-sum")
    toml = root / "pair-sum" / "kata.toml"
    toml.write_text(toml.read_text().replace("title =", "titel ="))
    monkeypatch.setenv("KATA_CATALOGUE", str(root))
    result = invoke(runner, "show", "pair-sum")
    assert result.exit_code == 2
    assert "unknown key 'titel'; did you mean 'title'?" in result.stderr


def test_verify_a_kata(runner, workspace):
    result = invoke(runner, "verify", "pair-sum")
    assert result.exit_code == 0, result.stdout
    assert "✓ pair-sum" in result.stdout


def test_verify_in_two_workers_gives_the_same_verdicts(runner, workspace):
    result = invoke(runner, "verify", "palindrome", "--jobs", "2")
    assert result.exit_code == 0, result.stdout
    assert "✓ palindrome: 11 known submissions got their verdicts" in result.stdout or "✓ palindrome:" in result.stdout


def test_verify_needs_a_kata_or_all(runner, workspace):
    assert invoke(runner, "verify").exit_code == 2


def _words(text: str, source: bool = True) -> str:
    """Text with what rich's rendering adds or moves (wrapping, bullets, quote bars, markup) taken out."""
    import re

    if source:
        text = re.sub(r"^\s*[-*] ", "", text, flags=re.M)  # markdown bullets
        text = re.sub(r"\\(.)", r"\1", text)  # markdown escapes
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links show their text
    return re.sub(r"[\s`*#>▌•_|]", "", text)


@pytest.mark.parametrize("columns", ["40", "80", "120", None])
def test_show_wraps_every_sentence_of_every_statement_and_never_cuts_one(runner, workspace, monkeypatch, columns):
    from judge.catalogue import all_katas

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)  # piped: a fixed width
    else:
        monkeypatch.setenv("COLUMNS", columns)
    for kata in all_katas():
        out = invoke(runner, "show", kata.slug).stdout
        width = int(columns or 100)
        assert max(len(line) for line in out.splitlines()) <= width, kata.slug
        rendered = _words(out, source=False)
        for paragraph in kata.statement.split("\n\n"):
            if paragraph.lstrip().startswith("```"):
                continue  # code is checked line by line below
            for sentence in _words(paragraph).split("."):
                assert sentence in rendered, f"{kata.slug} at {columns or 'piped'}: lost {sentence[:80]!r}"
        for block in kata.statement.split("```")[1::2]:
            for line in block.splitlines()[1:]:
                assert _words(line, source=False) in rendered, f"{kata.slug} at {columns or 'piped'}: lost code {line!r}"


def test_dash_h_is_help(runner):
    for args in (["-h"], ["judge", "-h"], ["show", "-h"]):
        result = invoke(runner, *args)
        assert result.exit_code == 0 and "Usage:" in result.stdout


def test_kata_names_complete_in_the_shell():
    from judge.cli import KATA

    assert [c.value for c in KATA.shell_complete(None, None, "pa")] == ["pair-sum", "palindrome"] or \
        sorted(c.value for c in KATA.shell_complete(None, None, "pa")) == ["pair-sum", "palindrome"]
    assert [c.value for c in KATA.shell_complete(None, None, "linked_")] == ["linked-list-cycle"]


def test_a_kata_may_be_named_in_any_case_or_with_underscores(runner, workspace):
    assert invoke(runner, "show", "LRU").exit_code == 0
    assert "find_pairs" in invoke(runner, "show", "pair_sum").stdout
    wrong = invoke(runner, "judge", "solutions/lru.py")
    assert wrong.exit_code == 2 and "name the kata first: kata judge lru solutions/lru.py" in wrong.stderr


def test_the_workspace_is_found_from_inside_it_and_below_the_project(runner, workspace, monkeypatch):
    invoke(runner, "new", "lru")
    (workspace.parent / "notes").mkdir()
    for where in (workspace, workspace.parent / "notes"):
        monkeypatch.chdir(where)
        again = invoke(runner, "new", "lru")
        assert again.exit_code == 2 and "already exists" in again.stderr
        assert not (where / "solutions").exists()  # never solutions/solutions/lru.py


def test_an_underscore_file_and_a_folder_argument_are_judged(runner, workspace):
    workspace.mkdir()
    source = (ROOT / "katas/pair-sum/submissions/accepted/reference.py").read_text()
    (workspace / "pair_sum.py").write_text(source)
    result = invoke(runner, "judge", "pair-sum", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["submission"].endswith("pair_sum.py")
    folder = invoke(runner, "judge", "lru", str(workspace))
    assert folder.exit_code == 2 and "is a folder without lru.py in it" in folder.stderr and "Traceback" not in folder.stderr


LRU_REFERENCE = ROOT / "katas/lru/submissions/accepted/reference.py"


def test_kata_test_runs_the_statements_examples_and_no_hidden_test(runner, workspace):
    good = invoke(runner, "test", "lru", str(LRU_REFERENCE))
    assert good.exit_code == 0, good.output
    assert "get(1)  →  1   ✓" in good.stdout and "examples give what the statement says" in good.stdout
    bad = invoke(runner, "test", "lru", str(ROOT / "katas/lru/submissions/wrong_answer/evicts_most_recent.py"))
    assert bad.exit_code == 1 and "get(2)  →  2   ✗ expected -1" in bad.stdout


def test_kata_test_runs_the_learners_own_calls(runner, workspace):
    result = invoke(runner, "test", "lru", str(LRU_REFERENCE), "--call", "LRUCache(2); put('a', [1]); get('a'); nope(1)",
                    "--call", "LRUCache(0)")
    assert result.exit_code == 0
    out = result.stdout
    assert "get('a')  →  [1]" in out and "nope(1)  →  raised AttributeError" in out and "LRUCache(0)  →  raised ValueError" in out


@pytest.mark.parametrize("line, says", [
    ("LRUCache(2); put(x, 1)", "'x' is not a literal"),
    ("LRUCache(2) put(1, 1)", "is not a sequence of calls"),
    ("import os", "is not a call"),
    ("get(1)", "start with one of them"),
    ("LRUCache(2); _evict()", "private name"),
])
def test_a_call_line_that_is_not_calls_is_a_usage_error(runner, workspace, line, says):
    result = invoke(runner, "test", "lru", str(LRU_REFERENCE), "--call", line)
    assert result.exit_code == 2 and says in result.stderr and "Traceback" not in result.stderr


def test_kata_test_of_a_file_that_does_not_import(runner, workspace, tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("class LRUCache:\n    def get(self, key)\n")
    result = invoke(runner, "test", "lru", str(broken))
    assert result.exit_code == 1 and "could not be loaded" in result.stderr


def test_hints_are_revealed_one_at_a_time_and_remembered(runner, workspace):
    from judge.catalogue import find_kata

    hints = find_kata("lru").meta.hints
    assert 2 <= len(hints) <= 3
    first = invoke(runner, "hint", "lru")
    assert first.exit_code == 0 and f"Hint 1 of {len(hints)}" in first.stdout and "Hint 2" not in first.stdout
    second = invoke(runner, "hint", "lru")
    assert "Hint 1 of" in second.stdout and f"Hint 2 of {len(hints)}" in second.stdout
    assert json.loads((workspace / ".kata" / "hints.json").read_text()) == {"lru": 2}
    for _ in range(5):
        last = invoke(runner, "hint", "lru")
    assert "That was the last hint." in last.stdout


def test_judging_piped_or_as_json_prints_no_progress(runner, workspace):
    result = invoke(runner, "judge", "lru", str(LRU_REFERENCE), "--format", "json")
    assert result.stderr == "" and json.loads(result.stdout)["verdict"] == "accepted"


def test_list_groups_the_catalogue_by_track_and_filters_one(runner, workspace):
    listing = invoke(runner, "list").stdout
    order = [listing.index(title) for title in ("Data structures and algorithms", "Coding and debugging", "LLM engineering")]
    assert order == sorted(order)
    coding = invoke(runner, "list", "--track", "coding").stdout
    assert "palindrome" in coding and "retry" in coding and " lru " not in coding and "softmax" not in coding
    llm = invoke(runner, "list", "--track", "llm").stdout
    assert "softmax-temperature" in llm and "palindrome" not in llm
