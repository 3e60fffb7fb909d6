"""Finding a study group's submissions in each layout (judge/grade/layout.py)."""

from pathlib import Path

import pytest

from judge.errors import KataError
from judge.grade.layout import detect_layout, find_submissions

SLUGS = {"lru", "pair-sum"}


def touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x = 1\n")


def found(root: Path, layout: str) -> list[tuple[str, str, str]]:
    return [(s.member, s.slug, s.rel) for s in find_submissions(root, layout, SLUGS)]


def test_kata_member_layout_ignores_what_is_not_a_python_solution(tmp_path):
    touch(tmp_path, "lru/alice.py", "lru/bob.py", "pair-sum/alice.py", "lru/README.md", "lru/carol.java",
          "lru/__init__.py", "lru/.hidden.py", "docs/notes.py", ".github/lru.py", "README.md")
    assert detect_layout(tmp_path, SLUGS) == "kata-member"
    assert found(tmp_path, "kata-member") == [
        ("alice", "lru", "lru/alice.py"), ("alice", "pair-sum", "pair-sum/alice.py"), ("bob", "lru", "lru/bob.py")]


def test_member_kata_layout_ignores_files_that_are_not_katas(tmp_path):
    touch(tmp_path, "alice/lru.py", "alice/helpers.py", "bob/pair-sum.py", "bob/notes.md", ".git/lru.py")
    assert detect_layout(tmp_path, SLUGS) == "member-kata"
    assert found(tmp_path, "member-kata") == [("alice", "lru", "alice/lru.py"), ("bob", "pair-sum", "bob/pair-sum.py")]


def test_single_learner_is_named_after_the_folder(tmp_path):
    root = tmp_path / "solutions"
    touch(root, "lru.py", "scratch.py", "README.md")
    assert detect_layout(root, SLUGS) == "single"
    assert found(root, "single") == [("solutions", "lru", "lru.py")]


def test_a_dangling_link_and_a_folder_named_like_a_file_are_still_entries(tmp_path):
    (tmp_path / "lru").mkdir()
    (tmp_path / "lru" / "alice.py").symlink_to(tmp_path / "nowhere.py")
    (tmp_path / "lru" / "bob.py").mkdir()
    assert [m for m, _, _ in found(tmp_path, "kata-member")] == ["alice", "bob"]


def test_ambiguous_root_names_both_readings_and_the_option(tmp_path):
    touch(tmp_path, "lru/alice.py", "bob/pair-sum.py")
    with pytest.raises(KataError) as info:
        detect_layout(tmp_path, SLUGS)
    message = str(info.value)
    assert "lru/alice.py fits kata-member" in message and "bob/pair-sum.py fits member-kata" in message
    assert "pass --layout member-kata or --layout kata-member" in message
    # an explicit layout settles it
    assert found(tmp_path, "member-kata") == [("bob", "pair-sum", "bob/pair-sum.py")]


def test_no_submissions_says_what_was_expected(tmp_path):
    touch(tmp_path, "README.md", "notes/todo.py")
    with pytest.raises(KataError, match=r"found no submissions under .*ROOT/<member>/<slug>\.py, ROOT/<slug>/<member>\.py, ROOT/<slug>\.py.*lru, pair-sum"):
        detect_layout(tmp_path, SLUGS)


def test_unknown_layout_is_refused(tmp_path):
    with pytest.raises(KataError, match="unknown layout 'flat'"):
        find_submissions(tmp_path, "flat", SLUGS)
