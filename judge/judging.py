"""Judging one submission: load → rules → correctness groups → performance and space.

The submission runs in its own process; the hidden tests, the reference and every
decision stay here. The result is frozen data; nothing in this module prints.
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import hashlib
import io
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis.configuration import set_hypothesis_home_dir

from . import __version__, progress
from .complexity.engine import Engine
from .decide import deciding_outcome, load_verdict
from .failures import InternalError, SubmissionFailure
from .leetcode import learner_words
from .model import CORRECTNESS_GROUPS, MEASURED_GROUPS, Kata
from .opening import _time_left, open_sandbox, whole_judging
from .plugin import JudgePlugin
from .results import GroupResult, JudgeResult
from .rules import find_violations
from .sandbox.process import RemoteError, Sandbox
from .verdict import Verdict, overall_verdict, score

INI = Path(__file__).resolve().parent / "pytest_judge.ini"


def _hypothesis_home() -> str:
    """Where hypothesis keeps its caches (the constants it reads from source files): the user's
    cache folder, never the learner's current folder (it would write `.hypothesis/` there)."""
    import os
    import tempfile

    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kata" / "hypothesis"
    try:
        base.mkdir(parents=True, exist_ok=True)
        return str(base)
    except OSError:
        return str(Path(tempfile.gettempdir()) / f"kata-hypothesis-{os.getuid()}")


set_hypothesis_home_dir(_hypothesis_home())
settings.register_profile(
    "kata-judge",
    database=None,
    deadline=None,
    derandomize=False,
    print_blob=False,
    report_multiple_bugs=False,
    suppress_health_check=list(HealthCheck),
    # No example database to reuse, and the explain phase costs seconds per failure for a
    # message the judge does not show: generate and shrink are what find the smallest input.
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
)


def run_group(kata: Kata, group: str, sandbox: Sandbox, seed: int, engine=None) -> GroupResult:
    """Run one group of hidden tests with pytest, in this process, against the sandbox."""
    progress.say(f"{kata.slug}: {group}")
    plugin = JudgePlugin(sandbox, engine)
    per_test = kata.meta.limits.group_s
    left = _time_left()
    if left is not None:
        # a little after the whole judging's deadline, so that a call running then fails
        # first with the deadline as its reason; never 0, which pytest-timeout reads as "none"
        per_test = max(1.0, min(per_test, left + 2.0))
    args = [
        str(kata.test_file(group)),
        "-c", str(INI),
        "--rootdir", str(kata.path),
        # conftest.py files are read from the kata's folder only: never from a folder above it
        # that a submission could have written to (/tmp, when a kata lives there)
        "--confcutdir", str(kata.path),
        "-p", "no:cacheprovider",
        "-p", "no:randomly",
        "-p", "no:benchmark",  # pytest-benchmark, when installed (the project's test extra): nothing a kata uses
        "--import-mode=importlib",
        f"--hypothesis-seed={seed}",
        "--hypothesis-profile=kata-judge",
        f"--timeout={per_test:g}",
        "--timeout-method=signal",
        "-q",
        "-W", "ignore",
        # a group stops at its first failing test, as Kattis stops a submission at its first
        # rejected case: the group's verdict is that test's (decide.deciding_outcome) either way
        "-x",
    ]
    started = time.monotonic()
    previous = settings.get_current_profile_name()
    sink = io.StringIO()
    try:
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            code = pytest.main(args, plugins=[plugin])
    finally:
        settings.load_profile(previous)
        _forget_modules(kata.path)
    duration = time.monotonic() - started
    return _group_result(kata, group, plugin, int(code), duration, sink.getvalue())


def _forget_modules(root: Path) -> None:
    root_text = str(root.resolve())
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None) or ""
        if file.startswith(root_text):
            del sys.modules[name]


def _group_result(kata: Kata, group: str, plugin: JudgePlugin, code: int, duration: float, log: str) -> GroupResult:
    weight = getattr(kata.meta.groups, group)
    if plugin.collect_errors or not plugin.collected:
        detail = plugin.collect_errors[0] if plugin.collect_errors else log[-1500:]
        return GroupResult(group, weight, Verdict.INTERNAL_ERROR, f"the hidden tests of group '{group}' could not be collected: {detail}", duration_s=duration)
    asked = [nodeid for nodeid in plugin.collected if nodeid not in plugin.left_out]
    outcomes = [plugin.outcomes.get(nodeid) for nodeid in asked]
    stopped = next((i for i, o in enumerate(outcomes) if o is not None and o.verdict is not Verdict.ACCEPTED), None)
    if stopped is not None:
        outcomes = outcomes[:stopped + 1]  # the tests after the first failing one were not run (-x)
    if not outcomes and plugin.left_out:
        problem = f"LeetCode {kata.variant.leetcode}" if kata.variant else "this variant"
        return GroupResult(group, weight, Verdict.ACCEPTED, f"nothing {problem} asks for is checked here", duration_s=duration)
    if any(o is None for o in outcomes):
        return GroupResult(group, weight, Verdict.INTERNAL_ERROR, f"not every hidden test of group '{group}' reported a result", duration_s=duration)
    passed = sum(o.verdict is Verdict.ACCEPTED for o in outcomes)
    figures = {o.name: o.figures for o in outcomes if o.figures}
    first, _ = deciding_outcome(outcomes)
    if first is not None:
        message = first.message
        if len(asked) > 1:
            message += f"\n(test {len(outcomes)} of {len(asked)} in '{group}'; a group stops at its first failing test)"
        return GroupResult(group, weight, first.verdict, message, len(asked), passed, duration, figures,
                           measured=bool(first.figures))
    if code != 0:
        return GroupResult(group, weight, Verdict.INTERNAL_ERROR, f"pytest exited {code} though every test passed:\n{log[-800:]}", len(outcomes), passed, duration)
    return GroupResult(group, weight, Verdict.ACCEPTED, f"{passed} of {len(outcomes)} tests passed", len(outcomes), passed, duration, figures)


def judge_submission(kata: Kata, submission: Path, seed: int = 0, reference: Path | None = None,
                     strict: bool = False) -> JudgeResult:
    """Judge one file against one kata. Never raises for anything the submission does, and ends
    within the kata's `judging_s` whatever it does (past it, the submission's time_limit_exceeded).
    A LeetCode variant's unstated bounds are advice, unless `strict`."""
    with whole_judging(submission, kata.meta.limits.judging_s):
        result = _judge(kata, submission, seed, reference, strict)
    return in_learner_names(kata, result)


def in_learner_names(kata: Kata, result: JudgeResult) -> JudgeResult:
    """A variant's result under its LeetCode slug, its feedback in the learner's names."""
    result = dataclasses.replace(result, kata=kata.name, leetcode=kata.variant.leetcode if kata.variant else None)
    if kata.variant is None or not kata.variant.names:
        return result
    say = learner_words(kata)
    groups = tuple(dataclasses.replace(g, message=say(g.message), advice=say(g.advice)) for g in result.groups)
    return dataclasses.replace(result, groups=groups)


def _advice(kata: Kata, group: GroupResult, strict: bool) -> GroupResult:
    """A variant's group whose bound LeetCode does not state: broken, it is advice, not a verdict."""
    variant = kata.variant
    if strict or variant is None or group.name not in variant.advice:
        return group
    if group.verdict not in (Verdict.MEMORY_LIMIT_EXCEEDED, Verdict.TIME_LIMIT_EXCEEDED) or not group.measured:
        return group  # running out of the sandbox's memory or time is a verdict on LeetCode too
    note = (f"LeetCode {variant.leetcode} does not require a {group.name} bound (at most a follow-up asks for one), "
            "so this does not count against you; "
            f"the kata {kata.slug} does ({getattr(kata.meta.complexity, group.name, None) or 'see kata show'}), "
            "and kata judge --strict holds you to it.\n")
    return dataclasses.replace(group, verdict=Verdict.ACCEPTED, advice=note + group.message,
                               message="advice: " + group.message.splitlines()[0])


def _judge(kata: Kata, submission: Path, seed: int, reference: Path | None, strict: bool = False) -> JudgeResult:
    started = time.monotonic()
    try:
        source = submission.read_bytes()
    except OSError as exc:  # a dangling link, a folder, no permission: the file is the problem
        source = b""
        unreadable = f"your file cannot be read: {exc.strerror or exc}"
    else:
        unreadable = None
    groups: list[GroupResult] = []
    plan = kata.group_weights()
    weights = dict(plan)
    output = ""

    def finish() -> JudgeResult:
        done = {g.name for g in groups}
        for name, weight in plan:
            if name not in done:
                groups.append(GroupResult(name, weight, Verdict.SKIPPED, "not run: an earlier stage failed"))
        order = ["load", *[name for name, _ in plan]]
        ordered = sorted(groups, key=lambda g: order.index(g.name))
        verdicts = [g.verdict for g in ordered]
        return JudgeResult(
            kata=kata.slug,
            submission=str(submission),
            sha256=hashlib.sha256(source).hexdigest(),
            verdict=overall_verdict(verdicts),
            score=score((g.weight, g.verdict) for g in ordered),
            groups=tuple(ordered),
            seed=seed,
            judge_version=__version__,
            duration_s=round(time.monotonic() - started, 3),
            output=output,
        )

    # load: syntax, then import in the solution process
    if unreadable is not None:
        groups.append(GroupResult("load", 0, Verdict.COMPILE_ERROR, unreadable))
        return finish()
    try:
        tree = ast.parse(source, filename=str(submission))
    except SyntaxError as exc:
        groups.append(GroupResult("load", 0, Verdict.COMPILE_ERROR, f"line {exc.lineno}: {exc.msg}\n  {(exc.text or '').rstrip()}"))
        return finish()
    except ValueError as exc:  # null bytes, bad encoding
        groups.append(GroupResult("load", 0, Verdict.COMPILE_ERROR, f"your file cannot be read as Python source: {exc}"))
        return finish()
    try:
        sandbox = open_sandbox(kata, submission)
    except (SubmissionFailure, RemoteError, InternalError) as exc:
        verdict, message = load_verdict(exc)
        groups.append(GroupResult("load", 0, verdict, message))
        return finish()
    groups.append(GroupResult("load", 0, Verdict.ACCEPTED, "imported; every required name is defined"))

    try:
        # rules: forbidden constructs, found statically
        if kata.meta.forbidden:
            violations = find_violations(tree, list(kata.meta.forbidden))
            weight = weights.get("rules", 0)
            if violations:
                message = "\n".join(str(v) for v in violations[:5])
                groups.append(GroupResult("rules", weight, Verdict.RULE_VIOLATION, message))
                return finish()
            groups.append(GroupResult("rules", weight, Verdict.ACCEPTED, "no forbidden construct"))

        def live(name: str) -> bool:
            """A solution process for group `name`: a fresh one after a death. If it cannot
            even be loaded again, that is the group's verdict."""
            nonlocal sandbox
            if sandbox.death is None:
                return True
            sandbox.close()
            try:
                sandbox = open_sandbox(kata, submission)
            except (SubmissionFailure, RemoteError, InternalError) as exc:
                verdict, message = load_verdict(exc)
                groups.append(GroupResult(name, weights[name], verdict, message))
                return False
            return True

        reference_path = reference or kata.reference_path

        def opener(path: Path, label: str, core):
            return open_sandbox(kata, path, label=label, cpu_core=core)

        # correctness groups, each with a live solution process (and, unpinned, an engine that
        # checks a large input against the reference)
        for name in CORRECTNESS_GROUPS:
            if name in weights and live(name):
                with Engine(kata, submission, reference_path, opener, pinned=False) as engine:
                    groups.append(run_group(kata, name, sandbox, seed, engine))
                output = output or sandbox.output()
        if any(g.verdict is not Verdict.ACCEPTED for g in groups):
            return finish()

        # performance and space: growth against the reference, measured in the same run
        for name in MEASURED_GROUPS:
            if name not in weights:
                continue
            if live(name):
                with Engine(kata, submission, reference_path, opener) as engine:
                    groups.append(_advice(kata, run_group(kata, name, sandbox, seed, engine), strict))
            if groups[-1].verdict is not Verdict.ACCEPTED:
                break
        return finish()
    except Exception as exc:  # the judge's own fault: never a pass, never blamed on the learner
        groups.append(GroupResult("internal", 0, Verdict.INTERNAL_ERROR, f"{type(exc).__name__}: {exc}"))
        plan.append(("internal", 0))
        return finish()
    finally:
        sandbox.close()
