"""`kata grade` through click's CliRunner: exit codes, one-line errors, thresholds,
--changed-since, problem files, and members' files left exactly as they were.
Real judging, on submissions the judge decides at once (compile errors, rule
violations, a memory hog, a fast wrong answer)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent / "data"))
import grade_fixtures as gf  # noqa: E402

import judge.grade.cli as grade_cli  # noqa: E402
from judge.cli import main  # noqa: E402
from judge.grade.runner import run_inline  # noqa: E402

FAST = {"lru": [("compile_error", "syntax_error"), ("rule_violation", "ordered_dict_alias"), "empty"],
        "pair-sum": [("memory_limit_exceeded", None), ("wrong_answer", "pairs_with_itself"), ("compile_error", "missing_module")]}
MEMBERS = ["ann", "ben", "cat"]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """One cache for the module: the same files are judged once, then read back (content-keyed)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def group(tmp_path):
    root = tmp_path / "group"
    gf.build_group(root, members=MEMBERS, plans=FAST)
    return root


def grade_cmd(*args, cache=None):
    result = CliRunner().invoke(main, ["grade", *map(str, args), "--cache", str(cache)] if cache else ["grade", *map(str, args)])
    return result


def one_line_error(result, code: int) -> str:
    assert result.exit_code == code, (result.exit_code, result.output, result.stderr)
    assert "Traceback" not in result.output + result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines, result.stderr
    return result.stderr


def tree(root: Path) -> dict[str, tuple]:
    """Every entry under root: kind, bytes, mode and mtime: what 'never changed' means."""
    found = {}
    for path in sorted(root.rglob("*")):
        st = path.lstat()
        content = path.read_bytes() if path.is_file() and not path.is_symlink() else os.readlink(path) if path.is_symlink() else None
        found[path.relative_to(root).as_posix()] = (st.st_mode, st.st_mtime_ns, content)
    return found


def test_grades_reports_and_exits_0_by_default(group, tmp_path):
    (group / "lru" / "test_lru.py").write_text("def test_it():\n    pass\n")  # a test file is no member
    (group / "pair_sum").mkdir()
    (group / "pair_sum" / "dan.py").write_text("x = 1\n")  # a near miss: reported, not dropped silently
    before = tree(group)
    out = tmp_path / "out"
    result = grade_cmd(group, "--jobs", "2", "--junit", out / "j.xml", "--json", out / "r.json", "--markdown", out / "s.md",
                       "--html", out / "site" / "index.html", "--csv", out / "r.csv", cache=tmp_path / "cache")
    assert result.exit_code == 0, result.output + result.stderr
    assert "ann" in result.stdout and "CE 0" in result.stdout and "MLE 0" in result.stdout and "EMPTY 0" in result.stdout
    assert "[6/6]" in result.stderr  # progress, one line per submission when not on a terminal
    assert all((out / name).is_file() for name in ("j.xml", "r.json", "s.md", "site/index.html", "r.csv"))
    assert "warning: pair_sum/ is not graded: name the folder pair-sum/ to grade it as pair-sum" in result.stdout
    assert "pair\\_sum/ is not graded" in (out / "s.md").read_text()  # where members look, in the job summary
    assert len((out / "r.csv").read_text().splitlines()) == 1 + 6
    data = json.loads((out / "r.json").read_text())
    assert {(c["member"], c["kata"]): (c["verdict"] or c["status"]) for c in data["cells"]} == {
        ("ann", "lru"): "compile_error", ("ben", "lru"): "rule_violation", ("cat", "lru"): "empty",
        ("ann", "pair-sum"): "memory_limit_exceeded", ("ben", "pair-sum"): "wrong_answer", ("cat", "pair-sum"): "compile_error"}
    assert tree(group) == before  # members' files only read: same bytes, modes and times, nothing added

    again = grade_cmd(group, "--json", out / "r2.json", cache=tmp_path / "cache")
    assert again.exit_code == 0 and "5 from the cache" in again.stdout and "0 judged" in again.stdout


@pytest.mark.parametrize("args, code, says", [
    (["--fail-under", "0"], 0, None),
    (["--fail-under", "1"], 1, "--fail-under 1: 6 of 6 submissions scored less (lru/ann.py CE 0"),
    (["--require-accepted"], 1, "--require-accepted: 6 of 6 submissions were not accepted"),
])
def test_thresholds_decide_the_exit_code(group, cache, args, code, says):
    result = grade_cmd(group, *args, cache=cache)
    assert result.exit_code == code, result.stderr
    if says:
        assert says in result.stderr
    assert "ann" in result.stdout  # the scoreboard is printed either way


def test_thresholds_met(tmp_path):
    root = tmp_path / "solutions"
    root.mkdir()
    shutil.copy(gf.known("pair-sum", "accepted", "seen_set"), root / "pair-sum.py")
    result = grade_cmd(root, "--require-accepted", "--fail-under", "100", cache=tmp_path / "cache")
    assert result.exit_code == 0, result.stderr
    assert "solutions" in result.stdout and "AC 100" in result.stdout and "layout single" in result.stdout


@pytest.mark.parametrize("args, says", [
    (["{root}/nope"], "is not a folder; pass the folder that holds the group's solutions"),
    (["{root}", "--layout", "flat"], "Invalid value for '--layout'"),
    (["{root}", "--shard", "3/2"], "'3/2': K must be between 1 and N=2"),
    (["{root}", "--shard", "x"], "'x' is not K/N"),
    (["{root}", "--jobs", "0"], "Invalid value for '--jobs'"),
    (["{root}", "--changed-since", "HEAD"], "is not inside a git repository"),
    (["{root}", "--no-cache", "--cache", "{root}/c"], "--cache and --no-cache contradict each other"),
    (["{root}/lru"], "found no submissions under"),
    (["{root}", "--layout", "single"], "in the single layout (ROOT/<slug>.py); check the path, or try --layout auto"),
])
def test_usage_and_input_errors_exit_2_in_one_line(group, args, says):
    result = grade_cmd(*[a.format(root=group) for a in args])
    assert says in one_line_error(result, 2)


def test_an_ambiguous_layout_suggests_the_option(group, cache):
    (group / "dan").mkdir()
    shutil.copy(group / "lru" / "ann.py", group / "dan" / "lru.py")
    stderr = one_line_error(grade_cmd(group, cache=cache), 2)
    assert "ambiguous" in stderr and "--layout member-kata or --layout kata-member" in stderr
    result = grade_cmd(group, "--layout", "member-kata", cache=cache)
    assert result.exit_code == 0 and "dan" in result.stdout and "ann" not in result.stdout


def test_a_broken_catalogue_is_the_judges_failure_exit_3(group, tmp_path, cache, monkeypatch):
    catalogue = tmp_path / "katas"
    shutil.copytree(gf.KATAS / "pair-sum", catalogue / "pair-sum", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(gf.KATAS / "lru", catalogue / "lru", ignore=shutil.ignore_patterns("__pycache__"))
    (catalogue / "lru" / "submissions" / "accepted" / "reference.py").unlink()  # an installed kata without its reference
    monkeypatch.setenv("KATA_CATALOGUE", str(catalogue))
    result = grade_cmd(group, cache=cache)
    stderr = one_line_error(result, 3)
    assert "the judge failed on 2 submissions (lru/ann.py, lru/ben.py)" in stderr
    assert "IE 0" in result.stdout and "WA 0" in result.stdout  # the rest is still graded


def test_a_judge_crash_is_reported_in_its_cell_exit_3(group, monkeypatch):
    (group / "pair-sum" / "dan.py").write_text("# fake-raise\n")
    monkeypatch.setattr(grade_cli, "run_in_workers", lambda tasks, on_outcome, jobs: run_inline(tasks, on_outcome, judge=gf.fake_judge))
    result = grade_cmd(group, "--no-cache")
    assert result.exit_code == 3 and "pair-sum/dan.py" in result.stderr
    assert "RuntimeError: fake judge failure" in result.stdout


def test_unreadable_and_missing_files_are_cells_not_crashes(group, cache):
    (group / "lru" / "dan.py").symlink_to(group / "lru" / "gone.py")
    (group / "lru" / "eve.py").symlink_to("eve.py")  # a link to itself: reading it fails even for root
    (group / "pair-sum" / "fay.py").mkdir()
    result = grade_cmd(group, "--require-accepted", cache=cache)
    assert result.exit_code == 1
    assert "MISSING 0" in result.stdout and "UNREADABLE 0" in result.stdout
    assert "lru/dan.py is a link to" in result.stdout and "pair-sum/fay.py is not a regular file" in result.stdout


def test_a_link_out_of_the_repository_is_never_read(group, tmp_path, monkeypatch):
    """A member's link to a secret (CI's environment, a key) would be judged as Python, and a
    syntax error's feedback shows the offending line: such a file is never read."""
    secret = tmp_path / "secret.py"
    secret.write_text("TOKEN = ghp_do_not_show_me\n")
    (group / "lru" / "dan.py").symlink_to(secret)
    (group / "lru" / "eve.py").symlink_to("/proc/self/environ")
    (group / "lru" / "fay.py").symlink_to(group / "pair-sum" / "ann.py")  # inside the repository: followed
    monkeypatch.setenv("KATA_TEST_SECRET", "ghp_do_not_show_me")
    out = tmp_path / "out"
    result = grade_cmd(group, "--no-cache", "--json", out / "r.json", "--html", out / "r.html", "--similarity")
    assert result.exit_code == 0, result.stderr
    everything = result.stdout + result.stderr + (out / "r.json").read_text() + (out / "r.html").read_text()
    assert "ghp_do_not_show_me" not in everything
    assert everything.count("is a link to a file outside the repository, which is never read; commit the file itself") >= 2
    assert "lru/fay.py" in result.stdout and "lru/fay.py is a link" not in result.stdout


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t", *args], check=True, capture_output=True)


def test_changed_since_grades_only_what_git_says_changed(group):
    git(group, "init", "-q")
    git(group, "add", ".")
    git(group, "commit", "-q", "-m", "start")
    with open(group / "pair-sum" / "ben.py", "a") as f:
        f.write("\n# second try\n")
    shutil.copy(group / "lru" / "ann.py", group / "lru" / "dan.py")  # new, untracked
    result = grade_cmd(group, "--no-cache", "--changed-since", "HEAD")
    assert result.exit_code == 0, result.stderr
    assert "2 submissions from 2 members" in result.stdout and "ben" in result.stdout and "dan" in result.stdout
    assert "cat" not in result.stdout
    git(group, "add", ".")
    git(group, "commit", "-q", "-m", "more")
    nothing = grade_cmd(group, "--no-cache", "--changed-since", "HEAD")
    assert nothing.exit_code == 0 and "no submissions changed since HEAD: nothing to grade" in nothing.stderr
    stderr = one_line_error(grade_cmd(group, "--no-cache", "--changed-since", "origin/main"), 2)
    assert "git knows no commit 'origin/main'" in stderr and "fetch-depth: 0" in stderr


def test_help_reads_as_kata_grade(group):
    result = CliRunner().invoke(main, ["grade", "--help"], prog_name="kata")
    assert result.exit_code == 0
    assert "Usage: kata grade [OPTIONS] [ROOT]" in result.output and "--shard K/N" in result.output
    assert "kata grade merge" in result.output


def test_an_output_that_cannot_be_written_is_an_input_error(group, tmp_path, cache):
    blocker = tmp_path / "file"
    blocker.write_text("")
    stderr = one_line_error(grade_cmd(group, "--junit", blocker / "j.xml", cache=cache), 2)
    assert f"--junit {blocker / 'j.xml'}: cannot write it" in stderr
