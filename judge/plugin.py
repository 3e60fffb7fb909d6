"""The pytest plugin that runs one group of hidden tests against a solution process
and records, test by test, what happened (Exercism's runner does the same)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from . import testing
from .decide import failure_verdict
from .sandbox.process import Sandbox
from .sandbox.proxy import RemoteModule
from .verdict import Verdict


@dataclass
class TestOutcome:
    name: str
    verdict: Verdict
    message: str = ""
    duration_s: float = 0.0
    figures: dict = field(default_factory=dict)


PRINTED_LINES = 10  # of a failing test's own output, shown under its message


class JudgePlugin:
    def __init__(self, sandbox: Sandbox, engine=None) -> None:
        self._sandbox = sandbox
        self._engine = engine
        self.collected: list[str] = []
        self.collect_errors: list[str] = []
        self.outcomes: dict[str, TestOutcome] = {}
        self._marks: dict[str, tuple[int, ...]] = {}
        self.left_out: set[str] = set()  # tests a LeetCode variant does not ask for

    # fixtures ----------------------------------------------------------------
    @pytest.fixture
    def solution(self) -> RemoteModule:
        return RemoteModule(self._sandbox, "solution")

    @pytest.fixture
    def support(self) -> RemoteModule:
        return RemoteModule(self._sandbox, "support")

    @pytest.fixture
    def engine(self):
        if self._engine is None:
            raise RuntimeError("no engine: judge_submission passes one to every group")
        return self._engine

    # hooks ---------------------------------------------------------------------
    def pytest_sessionstart(self, session) -> None:
        testing._current.update(
            sandbox=self._sandbox,
            solution=RemoteModule(self._sandbox, "solution"),
            support=RemoteModule(self._sandbox, "support"),
        )

    def pytest_sessionfinish(self, session) -> None:
        testing._current.clear()

    def pytest_collectreport(self, report) -> None:
        if report.failed:
            self.collect_errors.append(str(report.longrepr)[-1500:])

    def pytest_collection_modifyitems(self, items) -> None:
        self.collected = [item.nodeid for item in items]

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_setup(self, item) -> None:
        # Only to show a failing test's own output: never a reason for the test to fail.
        marks = getattr(self._sandbox, "output_marks", None)
        try:
            self._marks[item.nodeid] = marks() if marks is not None else None
        except Exception:
            self._marks[item.nodeid] = None

    def _printed_during(self, nodeid: str) -> str:
        """What the submission printed during one test, as pytest shows a failing test's output."""
        marks = self._marks.get(nodeid)
        if marks is None or self._sandbox.death is not None and "printed or wrote more" in self._sandbox.death.message:
            return ""
        text = self._sandbox.output_since(marks).rstrip()
        if not text:
            return ""
        lines = text.splitlines()
        shown = "\n".join(line[:200] for line in lines[:PRINTED_LINES])
        more = "\n  …" if len(lines) > PRINTED_LINES or len(text) >= 800 else ""
        return f"\nyour code printed during this test:\n{shown}{more}"

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_makereport(self, item, call):
        outcome = yield
        report = outcome.get_result()
        name = item.nodeid.split("::", 1)[-1]
        if report.when == "call" or (report.failed and report.when == "setup"):
            if report.passed:
                self.outcomes.setdefault(item.nodeid, TestOutcome(name, Verdict.ACCEPTED, duration_s=report.duration))
            elif report.skipped and self._sandbox.variant and testing.NOT_IN_VARIANT in str(report.longrepr):
                self.left_out.add(item.nodeid)  # LeetCode's problem does not ask for it
            elif report.skipped:
                self.outcomes[item.nodeid] = TestOutcome(name, Verdict.INTERNAL_ERROR, "a hidden test was skipped, so nothing proves it passes")
            else:
                exc = call.excinfo.value if call.excinfo else None
                verdict, message = failure_verdict(exc, self._sandbox) if exc is not None else (Verdict.INTERNAL_ERROR, str(report.longrepr))
                figures = getattr(exc, "figures", {}) or {}
                if verdict is not Verdict.INTERNAL_ERROR:
                    message += self._printed_during(item.nodeid)
                self.outcomes[item.nodeid] = TestOutcome(name, verdict, message, report.duration, figures)
        elif report.when == "teardown" and report.failed and item.nodeid not in self.outcomes:
            self.outcomes[item.nodeid] = TestOutcome(name, Verdict.INTERNAL_ERROR, str(report.longrepr)[-500:])
        if self._engine is not None and report.when == "call":
            figures = self._engine.take_figures()
            if item.nodeid in self.outcomes and figures and not self.outcomes[item.nodeid].figures:
                self.outcomes[item.nodeid].figures = figures
