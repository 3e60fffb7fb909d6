"""The judge's own hot paths as pytest-benchmark benchmarks, so it cannot quietly get slower:
starting a solution process with every sandbox layer, one call's round trip, decoding a large
reply, and a warm re-grade of a 20-member group. The baseline is in benchmarks/baseline;
`.ci/run` compares against it and fails only on a median past twice the baseline's.

    python -m pytest benchmarks/test_hot_paths.py --benchmark-storage=file://benchmarks/baseline \\
        --benchmark-compare=0001 --benchmark-compare-fail=median:100%

(`--benchmark-save=baseline` instead of the two compare options writes a new baseline.)"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "data"))
import grade_fixtures as gf  # noqa: E402

from judge.grade.grading import GradeRequest, grade  # noqa: E402
from judge.grade.runner import run_inline  # noqa: E402
from judge.sandbox.child import kata_protocol as protocol  # noqa: E402
from judge.sandbox.process import Sandbox, SandboxConfig  # noqa: E402
from judge.sandbox.proxy import RemoteModule  # noqa: E402

CONFIG = SandboxConfig(call_s=10, import_s=10, cpu_s=20, memory_mb=512, output_kb=64)
SOURCE = "def f(x):\n    return x\n"


@pytest.fixture
def solution(tmp_path):
    path = tmp_path / "solution.py"
    path.write_text(SOURCE)
    return path


def test_starting_a_solution_process_with_every_layer(benchmark, solution):
    def start_import_stop():
        with Sandbox(solution, ("f",), config=CONFIG) as box:
            box.request("load", {}, call="importing your file", timeout=CONFIG.import_s)

    benchmark.pedantic(start_import_stop, rounds=12, warmup_rounds=2)


def test_one_calls_round_trip(benchmark, solution):
    with Sandbox(solution, ("f",), config=CONFIG) as box:
        box.request("load", {}, call="importing your file", timeout=CONFIG.import_s)
        f = RemoteModule(box, "solution").f
        assert benchmark(f, [1, 2, 3]) == [1, 2, 3]


def test_decoding_a_large_reply(benchmark):
    """A reply of 200,000 items (nested lists, strings and ints), as a child sends it."""
    value = [[i, str(i), [i, i + 1]] for i in range(50_000)]
    body = protocol.dumps({"_rid": 1, "ok": protocol.encode(value, lambda v: None)})[protocol.HEADER.size:]  # as read off the pipe
    decoded = benchmark(protocol.loads, body, lambda hid, type_name: None)
    assert decoded["ok"][-1] == [49_999, "49999", [49_999, 50_000]]


def test_a_warm_regrade_of_a_20_member_group(benchmark, tmp_path):
    """Every result from the cache: hashing the files, reading the entries, the scoreboard."""
    root = tmp_path / "group"
    gf.build_group(root)
    request = GradeRequest(root, cache_dir=tmp_path / "cache")
    run = functools.partial(run_inline, judge=gf.fake_judge)
    cold = grade(request, run)
    board = benchmark.pedantic(grade, args=(request, run), rounds=10, warmup_rounds=1)
    assert cold.judged >= 20 and board.judged == 0 and board.cached >= cold.judged  # identical files: judged once, cached per cell
