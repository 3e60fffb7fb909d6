"""Judging in worker processes (judge/grade/runner.py): every task gets one outcome, the
judge's failures stay in their own cell, and parallel judging gives the same verdicts."""

import functools
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "data"))
import grade_fixtures as gf  # noqa: E402

from judge.grade.grading import GradeRequest, grade  # noqa: E402
from judge.grade.runner import Task, run_in_workers, run_inline  # noqa: E402

PAIR_SUM = str(gf.KATAS / "pair-sum")


def tasks_for(tmp_path: Path, sources: list[str]) -> list[Task]:
    tasks = []
    for i, source in enumerate(sources):
        path = tmp_path / f"s{i}.py"
        path.write_text(source)
        tasks.append(Task(PAIR_SUM, str(path), 0))
    return tasks


def collect(run, tasks, **kwargs) -> dict[int, dict]:
    outcomes: dict[int, dict] = {}

    def on_outcome(index, outcome):
        assert index not in outcomes, f"task {index} reported twice"
        outcomes[index] = outcome

    run(tasks, on_outcome, **kwargs)
    return outcomes


def test_a_judge_failure_or_a_dead_worker_costs_only_its_own_task(tmp_path):
    sources = [gf.fake_source("accepted"), "# fake-exit\n", gf.fake_source("wrong_answer"), "# fake-raise\n", gf.fake_source("accepted")]
    outcomes = collect(run_in_workers, tasks_for(tmp_path, sources), judge=gf.fake_judge, jobs=2)
    assert sorted(outcomes) == [0, 1, 2, 3, 4]
    assert outcomes[0]["result"]["verdict"] == "accepted" and outcomes[2]["result"]["verdict"] == "wrong_answer"
    assert outcomes[4]["result"]["verdict"] == "accepted"  # judged by the worker that replaced the dead one
    assert "worker judging this submission died (exit code 7)" in outcomes[1]["error"]
    assert outcomes[3]["error"].startswith("RuntimeError: fake judge failure")


def test_jobs_run_side_by_side_in_separate_processes(tmp_path):
    tasks = tasks_for(tmp_path, [gf.fake_source("accepted", sleep=1.0, output=str(i)) for i in range(4)])
    outcomes = collect(run_in_workers, tasks, judge=gf.timed_fake_judge, jobs=2)
    spans = [o["span"] for o in outcomes.values()]
    assert len({pid for pid, _, _ in spans}) == 2  # two worker processes, neither of them this one
    assert all(pid != os.getpid() for pid, _, _ in spans)
    overlapping = [(a, b) for a in spans for b in spans if a[0] != b[0] and a[1] < b[2] and b[1] < a[2]]
    assert overlapping, f"no two judgings ran at the same time: {spans}"


def test_nothing_to_judge_starts_no_worker():
    assert collect(run_in_workers, [], jobs=4) == {}


def test_inline_runs_the_same_contract(tmp_path):
    outcomes = collect(run_inline, tasks_for(tmp_path, [gf.fake_source("runtime_error"), "# fake-raise\n"]), judge=gf.fake_judge)
    assert outcomes[0]["result"]["verdict"] == "runtime_error" and "fake judge failure" in outcomes[1]["error"]


def test_real_judging_gives_the_same_verdicts_with_one_or_two_jobs(tmp_path):
    """Instant verdicts (compile error, rule violation, memory limit, a fast wrong answer) on the real judge."""
    root = tmp_path / "group"
    plans = {"lru": [("compile_error", "syntax_error"), ("rule_violation", "ordered_dict_alias"), ("memory_limit_exceeded", None)],
             "pair-sum": [("wrong_answer", "pairs_with_itself"), ("compile_error", "missing_module"), "empty"]}
    expected = gf.build_group(root, members=["ann", "ben", "cat"], plans=plans)
    boards = {jobs: grade(GradeRequest(root), functools.partial(run_in_workers, jobs=jobs)) for jobs in (1, 2)}
    for board in boards.values():
        assert {(c.member, c.kata): c.outcome for c in board.cells} == expected
    assert [(c.member, c.kata, c.verdict, c.score, c.sha256) for c in boards[1].cells] == \
           [(c.member, c.kata, c.verdict, c.score, c.sha256) for c in boards[2].cells]


def test_a_worker_is_replaced_after_its_share_of_judgings(tmp_path, monkeypatch):
    """Each judging leaves some pytest and hypothesis state in its worker: a fresh worker every
    TASKS_PER_WORKER judgings keeps a long grading's memory bounded, without losing a task."""
    from judge.grade import runner

    monkeypatch.setattr(runner, "TASKS_PER_WORKER", 2)
    outcomes = collect(run_in_workers, tasks_for(tmp_path, ["x = 1\n"] * 6), judge=gf.pid_judge, jobs=1)
    pids = [outcomes[i]["pid"] for i in range(6)]
    assert pids[0] == pids[1] and pids[2] == pids[3] and pids[4] == pids[5]
    assert len(set(pids)) == 3
