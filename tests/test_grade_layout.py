"""Finding a study group's submissions in each layout (judge/grade/layout.py)."""

from pathlib import Path

import pytest

from judge.errors import KataError
from judge.grade.layout import detect_layout, find_submissions, near_miss, near_misses, unknown_folders

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


def test_files_that_are_never_solutions_are_never_members(tmp_path):
    touch(tmp_path, "lru/alice.py", "lru/test_lru.py", "lru/lru_test.py", "lru/conftest.py", "lru/__init__.py",
          "lru/setup.py", "lru/tests.py", "pair-sum/bob.py", "pair-sum/test_bob.py")
    assert found(tmp_path, "kata-member") == [("alice", "lru", "lru/alice.py"), ("bob", "pair-sum", "pair-sum/bob.py")]
    touch(tmp_path / "m", "alice/lru.py", "alice/test_lru.py", "alice/conftest.py")
    assert found(tmp_path / "m", "member-kata") == [("alice", "lru", "alice/lru.py")]


def test_a_name_that_nearly_is_a_kata_is_reported_with_the_name_that_would_be_graded(tmp_path):
    touch(tmp_path, "alice/lru.py", "alice/pair_sum.py", "bob/LRU.py", "bob/pair sum.py", "bob/pairsum.py", "bob/helpers.py")
    assert found(tmp_path, "member-kata") == [("alice", "lru", "alice/lru.py")]
    assert near_misses(tmp_path, "member-kata", SLUGS) == [
        "alice/pair_sum.py is not graded: name it pair-sum.py to grade it as pair-sum",
        "bob/LRU.py is not graded: name it lru.py to grade it as lru",
        "bob/pair sum.py is not graded: name it pair-sum.py to grade it as pair-sum",
        "bob/pairsum.py is not graded: name it pair-sum.py to grade it as pair-sum",
    ]
    group = tmp_path / "group"
    touch(group, "lru/alice.py", "pair_sum/alice.py", "two-sum/alice.py")
    assert near_misses(group, "kata-member", SLUGS) == [
        "pair_sum/ is not graded: name the folder pair-sum/ to grade it as pair-sum"]
    assert unknown_folders(group, SLUGS) == ["two-sum"]  # said once, as a near miss, not twice
    assert near_miss("pair-sum", SLUGS) is None and near_miss("heapsort", SLUGS) is None


def test_a_group_that_only_nearly_names_its_katas_is_told_which_names_to_use(tmp_path):
    touch(tmp_path, "pair_sum/alice.py", "pair_sum/bob.py")
    with pytest.raises(KataError) as caught:
        detect_layout(tmp_path, SLUGS)
    assert "(pair_sum/ is not graded: name the folder pair-sum/ to grade it as pair-sum)" in str(caught.value)
