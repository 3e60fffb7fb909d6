"""LeetCode variants: a file written to LeetCode's names and signatures (class Solution,
camelCase) is judged by the kata whose problem has the same meaning, as the study group wrote
it — with the mess real group repositories hold. The submissions here are the project's own."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.catalogue import find_kata, leetcode_variants
from judge.cli import main
from judge.errors import KataError
from judge.judging import judge_submission
from judge.leetcode import written_for
from judge.opening import withheld_modules
from judge.verdict import Verdict

ROOT = Path(__file__).resolve().parent.parent
TWO_POINTERS = ROOT / "katas" / "palindrome" / "variants" / "valid-palindrome" / "accepted" / "two_pointers.py"
CLEANED_COPY = ROOT / "katas" / "palindrome" / "variants" / "valid-palindrome" / "accepted" / "cleaned_copy.py"
COVERED = {  # the LeetCode problems, and the kata that judges each
    "valid-palindrome": "palindrome", "linked-list-cycle": "linked-list-cycle", "linked-list-cycle-ii": "linked-list-cycle",
    "implement-trie-prefix-tree": "trie", "lru-cache": "lru", "implement-queue-using-stacks": "queue-two-stacks",
    "design-hashmap": "hash-map", "reverse-string": "reverse-string", "sort-an-array": "sorting",
}


@pytest.fixture(scope="module")
def palindrome_125():
    return find_kata("valid-palindrome")


def _file(tmp_path: Path, source: str, name: str = "solution.py") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(source))
    return path


def test_every_leetcode_problem_the_catalogue_covers_names_its_kata():
    assert leetcode_variants() == COVERED
    for slug, kata in COVERED.items():
        assert find_kata(slug).path.name == kata


def test_a_leetcode_slug_is_found_as_a_kata_is(palindrome_125):
    assert palindrome_125.slug == "palindrome" and palindrome_125.variant.leetcode == 125
    assert find_kata("Valid_Palindrome").variant.slug == "valid-palindrome"
    with pytest.raises(KataError, match="did you mean 'valid-palindrome'"):
        find_kata("valid-palindrom")


# real code, real mess: each gets the verdict a careful judge gives ---------------------------
CORRECT = """
    def isPalindrome(self, s: str) -> bool:
        i, j = 0, len(s) - 1
        while i < j:
            if not s[i].isalnum():
                i += 1
            elif not s[j].isalnum():
                j -= 1
            elif s[i].lower() != s[j].lower():
                return False
            else:
                i, j = i + 1, j - 1
        return True
"""

MESS = {
    # LeetCode users import typing's names wholesale, or not at all (LeetCode gives them)
    "typing_star": ("from typing import *\n\nclass Solution:\n" + CORRECT + "    def spare(self) -> Optional[List[int]]:\n        return None\n", "accepted"),
    "typing_unimported": ("class Solution:\n" + CORRECT + "    def spare(self) -> Optional[List[int]]:\n        return None\n", "accepted"),
    # an annotation naming a class before it exists: LeetCode never evaluates it
    "forward_annotation": ("class Node:\n    def link(self) -> Node | None:\n        return None\n\nclass Solution:\n" + CORRECT, "accepted"),
    # LeetCode's ListNode, used without a definition (the template only has it in a comment)
    "listnode_undefined": (
        "# class ListNode:\n#     def __init__(self, x): ...\nclass Solution:\n" + CORRECT.replace(
            "        i, j = 0, len(s) - 1\n",
            "        dummy = ListNode(0)\n        dummy.next = ListNode(1)\n        assert dummy.next.val == 1\n        i, j = 0, len(s) - 1\n"),
        "accepted"),
    # helper code at import: the file tries itself, prints, and guards a local run with __main__
    "helper_code_at_import": ("class Solution:\n" + CORRECT + "\nprint(Solution().isPalindrome('aba'))\n"
                              "if __name__ == '__main__':\n    raise SystemExit('a local run only')\n", "accepted"),
    "docstring_only": ('"""Valid palindrome: I will solve this next week."""\n', "compile_error"),
    "empty": ("", "compile_error"),
    "kata_names_instead": ("def is_palindrome(s):\n    return True\n", "compile_error"),
    "import_fails": ("import numpy_that_is_not_here\n\nclass Solution:\n" + CORRECT, "compile_error"),
    # LeetCode imports its usual modules for its users (re, collections…): so does the judge
    "re_unimported": ("class Solution:\n    def isPalindrome(self, s: str) -> bool:\n"
                      "        t = re.sub(r'[^0-9A-Za-z]', '', s).lower()\n        return t == t[::-1]\n", "accepted"),
    "deque_unimported": ("class Solution:\n    def isPalindrome(self, s: str) -> bool:\n"
                         "        q = deque(c.lower() for c in s if c.isalnum())\n        return list(q) == list(reversed(q))\n",
                         "accepted"),
    "a_name_leetcode_does_not_give": ("class Solution:\n    def isPalindrome(self, s: str) -> bool:\n"
                                      "        t = lower(s)\n        return t == t[::-1]\n", "runtime_error"),
}


@pytest.mark.parametrize("name", list(MESS))
def test_real_group_code_gets_the_verdict_a_careful_judge_gives(tmp_path, palindrome_125, name):
    source, expected = MESS[name]
    result = judge_submission(palindrome_125, _file(tmp_path, source))
    failure = result.first_failure()
    assert result.verdict.value == expected, failure.message if failure else result
    if expected == "compile_error" and name != "import_fails":
        assert "does not define Solution.isPalindrome; LeetCode 125 asks for Solution.isPalindrome" in failure.message
    if name == "import_fails":
        assert "numpy_that_is_not_here" in failure.message
    if name == "a_name_leetcode_does_not_give":
        assert "NameError: name 'lower' is not defined" in failure.message


def test_a_module_the_kata_forbids_is_not_given_unimported():
    """LeetCode gives collections and heapq without an import; a kata that forbids anything of
    them (the queue forbids collections.deque) does not, so that its rules see every use."""
    from judge.sandbox.child.kata_leetcode import leetcode_names

    given = leetcode_names()
    assert {"re", "deque", "heappush", "Optional", "List", "ListNode", "TreeNode"} <= set(given)
    withheld = leetcode_names(("collections", "heapq"))
    assert "deque" not in withheld and "collections" not in withheld and "heappush" not in withheld
    assert {"re", "Optional", "ListNode"} <= set(withheld)
    assert withheld_modules(find_kata("queue-two-stacks")) == ("collections", "queue")
    assert withheld_modules(find_kata("lru")) == ("collections", "functools")
    assert withheld_modules(find_kata("palindrome")) == ()


def test_feedback_speaks_the_learner_s_names(tmp_path, palindrome_125):
    letters_only = ROOT / "katas" / "palindrome" / "variants" / "valid-palindrome" / "wrong_answer" / "letters_only.py"
    result = judge_submission(palindrome_125, letters_only)
    assert result.verdict is Verdict.WRONG_ANSWER and result.kata == "valid-palindrome"
    message = result.first_failure().message
    assert "Solution().isPalindrome(" in message and "is_palindrome" not in message


def test_a_space_bound_leetcode_does_not_state_is_advice_unless_strict(palindrome_125):
    """LeetCode 125 states no space bound: the kata's O(1) is advice with the accepted verdict,
    and a verdict again with --strict. The time bound is never advice."""
    lenient = judge_submission(palindrome_125, CLEANED_COPY)
    assert lenient.verdict is Verdict.ACCEPTED and lenient.score == 100
    space = next(g for g in lenient.groups if g.name == "space")
    assert "LeetCode 125 does not require a space bound" in space.advice and "MiB" in space.advice
    assert "space is advice" in lenient.summary()
    strict = judge_submission(palindrome_125, CLEANED_COPY, strict=True)
    assert strict.verdict is Verdict.MEMORY_LIMIT_EXCEEDED
    assert judge_submission(palindrome_125, TWO_POINTERS).first_failure() is None


def test_leetcode_s_prelude_is_never_counted_against_the_learner():
    """LeetCode gives a file its usual modules (typing, statistics, datetime…) before its first
    line: about 1.3 MiB of imports that the judge loads, not the learner. The reference's process
    loads them too, so the textbook two-stack queue, which holds what the reference holds, keeps
    its space well inside the line even with --strict (it stood at 1.3-1.5, past it, when only
    the learner's process carried them)."""
    from judge.verify import NEAR_BAND

    queue_232 = find_kata("implement-queue-using-stacks")
    two_stacks = ROOT / "katas" / "queue-two-stacks" / "variants" / "implement-queue-using-stacks" / "accepted" / "two_stacks_amortized.py"
    result = judge_submission(queue_232, two_stacks, strict=True)
    assert result.verdict is Verdict.ACCEPTED, result.first_failure().message
    (figures,) = next(g for g in result.groups if g.name == "space").figures.values()
    assert figures["margin"] <= 1 / NEAR_BAND, figures


def test_a_slug_that_is_both_a_kata_and_leetcode_s_is_told_by_the_file():
    kata = find_kata("reverse-string")
    assert kata.variant is None
    leetcode = b"class Solution:\n    def reverseString(self, s):\n        s.reverse()\n"
    ours = b"def reverse_string(s):\n    return s[::-1]\n"
    assert written_for(kata, leetcode).variant.leetcode == 344
    assert written_for(kata, ours).variant is None
    assert written_for(kata, b"def broken(:\n").variant is None  # the kata's compile_error, as before
    assert find_kata("leetcode:reverse-string").variant.leetcode == 344  # named outright
    with pytest.raises(KataError, match="unknown LeetCode problem 'two-sum'"):
        find_kata("leetcode:two-sum")


def test_only_a_measured_verdict_becomes_advice(palindrome_125):
    """Growth beyond the kata's space bound is advice for LeetCode 125; running out of the
    sandbox's memory (a MemoryError, the OOM killer) is memory_limit_exceeded there as on LeetCode."""
    from judge.judging import _advice
    from judge.results import GroupResult

    grown = GroupResult("space", 20, Verdict.MEMORY_LIMIT_EXCEEDED, "used 390 MiB", figures={"t": {}}, measured=True)
    killed = GroupResult("space", 20, Verdict.MEMORY_LIMIT_EXCEEDED, "used more than 1024 MB of memory (killed by the OOM killer)")
    assert _advice(palindrome_125, grown, strict=False).verdict is Verdict.ACCEPTED
    assert _advice(palindrome_125, grown, strict=True).verdict is Verdict.MEMORY_LIMIT_EXCEEDED
    assert _advice(palindrome_125, killed, strict=False).verdict is Verdict.MEMORY_LIMIT_EXCEEDED


# kata new / kata judge / kata list with LeetCode slugs ----------------------------------------
def test_the_learner_s_loop_with_a_leetcode_slug(tmp_path, monkeypatch):
    monkeypatch.setenv("KATA_WORKSPACE", str(tmp_path / "solutions"))
    monkeypatch.delenv("COLUMNS", raising=False)  # piped: one row per line (pytest-xdist's workers set 80)
    runner = CliRunner()
    made = runner.invoke(main, ["new", "valid-palindrome"])
    assert made.exit_code == 0 and "kata judge valid-palindrome" in made.output
    stub = (tmp_path / "solutions" / "valid-palindrome.py").read_text()
    assert "class Solution:" in stub and "def isPalindrome(self, s: str) -> bool:" in stub
    (tmp_path / "solutions" / "valid-palindrome.py").write_text(TWO_POINTERS.read_text())
    judged = runner.invoke(main, ["judge", "valid-palindrome", "--format", "json"])
    assert judged.exit_code == 0, judged.output
    assert json.loads(judged.output)["kata"] == "valid-palindrome"
    listing = runner.invoke(main, ["list"])
    row = next(line for line in listing.output.splitlines() if "valid-palindrome" in line)
    assert "LeetCode 125" in row and "accepted 100/100" in row


def test_kata_test_takes_a_leetcode_problem_s_calls_in_its_names(tmp_path, monkeypatch):
    monkeypatch.setenv("KATA_WORKSPACE", str(tmp_path / "solutions"))
    runner = CliRunner()
    queue = ROOT / "katas/queue-two-stacks/variants/implement-queue-using-stacks/accepted"
    solution = sorted(queue.glob("*.py"))[0]
    shown = runner.invoke(main, ["test", "implement-queue-using-stacks", str(solution),
                                 "--call", "MyQueue(); push(1); push(2); peek(); pop(); empty()"])
    assert shown.exit_code == 0, shown.output
    assert "MyQueue()  →  an object of type MyQueue" in shown.output  # never the kata's QueueWithStacks
    assert "peek()  →  1" in shown.output and "empty()  →  False" in shown.output
    for line in ("isPalindrome('No x in Nixon')", "Solution().isPalindrome('No x in Nixon')"):
        said = runner.invoke(main, ["test", "valid-palindrome", str(TWO_POINTERS), "--call", line])
        assert said.exit_code == 0 and "→  True" in said.output, said.output
    unknown = runner.invoke(main, ["test", "valid-palindrome", str(TWO_POINTERS), "--call", "isPal('x')"])
    assert unknown.exit_code == 2
    assert "calls isPal, which is not one of the problem's names (Solution().isPalindrome)" in unknown.output


# kata grade takes a LeetCode study group's repository as it is -------------------------------
def test_a_group_repository_named_by_leetcode_slugs_is_graded_as_it_stands(tmp_path):
    root = tmp_path / "group"
    (root / "valid-palindrome").mkdir(parents=True)
    (root / "valid-palindrome" / "Dale-Seo.py").write_text(TWO_POINTERS.read_text())  # handles: capitals, hyphens
    (root / "valid-palindrome" / "8804who.py").write_text(MESS["kata_names_instead"][0])  # and digits
    (root / "valid-palindrome" / "alice.ts").write_text("function isPalindrome() {}\n")  # other languages: ignored
    for other in ("two-sum", "3sum"):  # problems the catalogue does not have: one line, no error
        (root / other).mkdir()
        (root / other / "Dale-Seo.py").write_text("class Solution: pass\n")
    board = tmp_path / "board.json"
    result = CliRunner().invoke(main, ["grade", str(root), "--no-cache", "--json", str(board)])
    assert result.exit_code == 0, result.output + result.stderr
    assert "not graded, no kata for these folders: 3sum, two-sum" in result.stderr
    cells = {(c["member"], c["kata"]): c for c in json.loads(board.read_text())["cells"]}
    assert set(cells) == {("Dale-Seo", "valid-palindrome"), ("8804who", "valid-palindrome")}
    assert cells["Dale-Seo", "valid-palindrome"]["verdict"] == "accepted"
    assert cells["8804who", "valid-palindrome"]["verdict"] == "compile_error"
    assert "LeetCode 125 asks for Solution.isPalindrome" in cells["8804who", "valid-palindrome"]["feedback"]
