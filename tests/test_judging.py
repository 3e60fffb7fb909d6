"""The pipeline end to end: verdict order, feedback that teaches, positive evidence, determinism."""

from __future__ import annotations

from pathlib import Path

from judge.judging import judge_submission
from judge.verdict import Verdict

ROOT = Path(__file__).resolve().parent.parent

GOOD_PAIRS = """
def find_pairs(arr, target):
    seen, found = set(), set()
    for x in arr:
        if target - x in seen:
            found.add((min(x, target - x), max(x, target - x)))
        seen.add(x)
    return list(found)
"""


def groups(result):
    return {g.name: g.verdict for g in result.groups}


def test_reference_is_accepted_with_every_group_run(pair_sum):
    result = judge_submission(pair_sum, pair_sum.reference_path)
    assert result.verdict is Verdict.ACCEPTED and result.score == 100
    assert all(g.verdict is Verdict.ACCEPTED for g in result.groups)
    assert all(g.tests_run > 0 and g.tests_run == g.tests_passed for g in result.groups if g.name != "load")


def test_syntax_error_is_a_compile_error_naming_the_line(pair_sum, write):
    result = judge_submission(pair_sum, write("def find_pairs(arr, target)\n    return []\n"))
    assert result.verdict is Verdict.COMPILE_ERROR and result.score == 0
    assert result.groups[0].message.startswith("line 1:")
    assert all(g.verdict is Verdict.SKIPPED for g in result.groups[1:])


def test_missing_name_is_one_sentence(pair_sum, write):
    result = judge_submission(pair_sum, write("def find_pair(arr, target):\n    return []\n"))
    assert result.verdict is Verdict.COMPILE_ERROR
    assert result.groups[0].message.startswith("your file does not define find_pairs")


def test_compile_error_outranks_a_rule_violation(lru, write):
    source = "from collections import OrderedDict\nclass LRU: pass\n"
    assert judge_submission(lru, write(source)).verdict is Verdict.COMPILE_ERROR


def test_rule_violation_stops_before_correctness(lru):
    result = judge_submission(lru, lru.path / "submissions/rule_violation/ordered_dict_alias.py")
    assert result.verdict is Verdict.RULE_VIOLATION
    assert "line 3: collections.OrderedDict is not allowed here" in result.first_failure().message
    assert groups(result)["examples"] is Verdict.SKIPPED


def test_wrong_answer_feedback_shows_the_call_sequence(lru):
    result = judge_submission(lru, lru.path / "submissions/wrong_answer/get_does_not_refresh.py")
    assert result.verdict is Verdict.WRONG_ANSWER
    assert result.first_failure().message.startswith(
        "LRUCache(2); put(1, 1); put(2, 2); get(1); put(3, 3); get(2) returned 2, expected -1: 2 was the least recently used key"
    )
    assert groups(result)["performance"] is Verdict.SKIPPED
    assert 0 < result.score < 100


def test_a_group_stops_at_its_first_failing_test(lru):
    """As Kattis stops at the first rejected case: the tests after it in the group are not run
    (their cost is spared), and the message says which test of how many decided."""
    result = judge_submission(lru, lru.path / "submissions/wrong_answer/evicts_most_recent.py")
    properties = next(g for g in result.groups if g.name == "properties")
    assert properties.verdict is Verdict.WRONG_ANSWER
    assert properties.message.endswith("(test 1 of 2 in 'properties'; a group stops at its first failing test)")
    assert (properties.tests_passed, properties.tests_run) == (0, 2)


def test_rigged_eq_is_not_the_value_it_claims(pair_sum, write):
    source = """
class Anything(list):
    def __eq__(self, other):
        return True
    __hash__ = None

def find_pairs(arr, target):
    return Anything()
"""
    result = judge_submission(pair_sum, write(source))
    assert result.verdict is Verdict.WRONG_ANSWER
    assert "an object of type Anything" in result.first_failure().message


def test_true_is_not_one(write, pair_sum):
    result = judge_submission(pair_sum, write("def find_pairs(arr, target):\n    return [(True, 5)] if arr == [1, 5, 7, -1, 5] else []\n"))
    assert result.verdict is Verdict.WRONG_ANSWER


def test_exit_in_a_call_is_a_runtime_error_and_the_next_group_still_runs(pair_sum, write):
    result = judge_submission(pair_sum, write("import sys\ndef find_pairs(arr, target):\n    sys.exit(0)\n"))
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert "sys.exit()" in result.first_failure().message
    assert groups(result)["properties"] is Verdict.RUNTIME_ERROR


def test_os_exit_restarts_the_process_for_the_next_group(pair_sum, write):
    result = judge_submission(pair_sum, write("import os\ndef find_pairs(arr, target):\n    os._exit(0)\n"))
    assert result.verdict is Verdict.RUNTIME_ERROR
    assert groups(result)["properties"] is Verdict.RUNTIME_ERROR
    assert "exit code 0" in result.first_failure().message


def test_what_the_submission_printed_is_shown(pair_sum, write):
    result = judge_submission(pair_sum, write("def find_pairs(arr, target):\n    print('debug', arr)\n    return None\n"))
    assert result.verdict is Verdict.WRONG_ANSWER
    assert "debug [1, 5, 7, -1, 5]" in result.output


def test_same_file_same_verdict_and_message(lru):
    path = lru.path / "submissions/wrong_answer/evicts_most_recent.py"
    a, b = judge_submission(lru, path), judge_submission(lru, path)
    assert [(g.name, g.verdict, g.message) for g in a.groups] == [(g.name, g.verdict, g.message) for g in b.groups]


def test_nothing_is_written_beside_the_submission(pair_sum, tmp_path, write, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(GOOD_PAIRS)
    judge_submission(pair_sum, path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_json_has_the_documented_fields(pair_sum, write):
    data = judge_submission(pair_sum, write("def find_pairs(arr, target):\n    return []\n")).to_json()
    assert {"kata", "verdict", "score", "groups", "seed", "judge_version", "duration_s"} <= set(data)
    assert {"name", "weight", "verdict", "message", "figures"} <= set(data["groups"][0])
    assert data["verdict"] == "wrong_answer"


def test_an_unreadable_path_is_a_verdict_not_a_crash(pair_sum, tmp_path):
    link = tmp_path / "dangling.py"
    link.symlink_to(tmp_path / "nowhere.py")
    for path in (link, tmp_path):
        result = judge_submission(pair_sum, path)
        assert result.verdict is Verdict.COMPILE_ERROR and "cannot be read" in result.groups[0].message


def test_a_broken_support_module_is_the_kata_s_fault_not_the_learner_s(tmp_path):
    """The kata's support code loads in its own request, before anything of the learner's runs:
    its failure is an internal error, never a compile_error blamed on the learner's file."""
    import shutil

    from judge.model import load_kata

    kata_dir = tmp_path / "pair-sum"
    shutil.copytree(ROOT / "katas" / "pair-sum", kata_dir)
    (kata_dir / "support.py").write_text((kata_dir / "support.py").read_text() + "\ndef broken(:\n")
    kata = load_kata(kata_dir)
    result = judge_submission(kata, kata.reference_path)
    assert result.verdict is Verdict.INTERNAL_ERROR
    load = result.groups[0]
    assert "the kata's support code failed before your file was imported" in load.message and "SyntaxError" in load.message


def test_a_kata_in_a_private_folder_under_a_poisoned_one_is_judged_as_shipped(tmp_path):
    """A kata copied into a folder of mode 700 (uid nobody cannot read its support.py there),
    below folders holding a conftest.py that would fail the judging if pytest read it (as one
    a submission wrote in /tmp would): the reference is accepted, the wrong one rejected."""
    import shutil

    from judge.model import load_kata

    poison = "raise SystemExit('a conftest.py above the kata was read')\n"
    (tmp_path / "conftest.py").write_text(poison)
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    (private / "conftest.py").write_text(poison)
    kata_dir = private / "pair-sum"
    shutil.copytree(ROOT / "katas" / "pair-sum", kata_dir)
    kata = load_kata(kata_dir)
    assert judge_submission(kata, kata.reference_path).verdict is Verdict.ACCEPTED
    wrong = next((kata_dir / "submissions" / "wrong_answer").glob("*.py"))
    assert judge_submission(kata, wrong).verdict is Verdict.WRONG_ANSWER


def _text(result) -> str:
    import io

    from rich.console import Console

    from judge.report import render_result

    buffer = io.StringIO()
    render_result(result, Console(file=buffer, width=200, highlight=False))
    return buffer.getvalue()


def test_the_text_report_shows_every_failing_group_with_the_smallest_example(lru):
    result = judge_submission(lru, ROOT / "katas/lru/submissions/wrong_answer/evicts_most_recent.py")
    text = _text(result)
    assert "examples: LRUCache(2)" in text and "properties: LRUCache(" in text


def test_a_failing_test_shows_what_the_code_printed_during_it(lru, write):
    path = write(PRINTING_LRU)
    result = judge_submission(lru, path)
    examples = next(g for g in result.groups if g.name == "examples")
    assert "your code printed during this test:\nget 1 from [1, 2]" in examples.message


def test_a_print_left_in_says_so_when_it_floods_the_output(pair_sum, write):
    path = write("""
        def find_pairs(arr, target):
            print("checking", arr)
            seen, out = set(), set()
            for x in arr:
                if target - x in seen:
                    out.add((min(x, target - x), max(x, target - x)))
                seen.add(x)
            return sorted(out)
    """)
    result = judge_submission(pair_sum, path)
    assert result.verdict is Verdict.RUNTIME_ERROR
    failure = result.first_failure()
    assert "your own print() calls" in failure.message and "KB your code may print in all" in failure.message
    assert "checking" in _text(result)


PRINTING_LRU = """
    class LRUCache:
        def __init__(self, capacity):
            if capacity < 1:
                raise ValueError("capacity")
            self.c, self.d = capacity, {}

        def get(self, key):
            print("get", key, "from", list(self.d))
            if key not in self.d:
                return -1
            v = self.d.pop(key)
            self.d[key] = v
            return v

        def put(self, key, value):
            self.d.pop(key, None)
            self.d[key] = value
            if len(self.d) > self.c:
                self.d.pop(next(iter(self.d)))
"""


def test_a_fresh_kata_judge_writes_nothing_in_the_learners_folder(tmp_path):
    """Hypothesis keeps caches (`.hypothesis/`) in the current folder by default; the judge keeps
    them in the user's cache folder instead. Run as a learner would: a fresh process, in a folder."""
    import subprocess
    import sys

    submission = ROOT / "katas/pair-sum/submissions/accepted/reference.py"
    done = subprocess.run([sys.executable, "-c", "from judge.cli import main; main()", "judge", "pair-sum", str(submission)],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "XDG_CACHE_HOME": str(tmp_path.parent / "cache")})
    assert done.returncode == 0, done.stdout + done.stderr
    assert list(tmp_path.iterdir()) == []


def test_progress_names_each_group_and_each_size_measured(pair_sum):
    """What the spinner of `kata judge` shows on a terminal (judge/progress.py)."""
    from judge.progress import listening

    said = []
    with listening(said.append):
        judge_submission(pair_sum, ROOT / "katas/pair-sum/submissions/accepted/reference.py")
    assert "pair-sum: examples" in said and "pair-sum: performance" in said
    assert any(text.startswith("measuring find_pairs") and "n = " in text for text in said), said[:20]
