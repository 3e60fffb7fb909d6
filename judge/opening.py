"""Starting a solution process for a kata's submission: its limits, the whole judging's deadline
(which every process of the submission shares), the import, the required names. Light enough
for `kata test`, which starts one without pytest or hypothesis."""

from __future__ import annotations

import contextlib
import contextvars
import time
from dataclasses import dataclass
from pathlib import Path

from .complexity.engine import REFERENCE_LABEL
from .failures import DeadlinePassed, InternalError, RemoteError, SubmissionFailure
from .model import Kata
from .sandbox.process import Sandbox, SandboxConfig
from .verdict import Verdict


def sandbox_config(kata: Kata, **overrides) -> SandboxConfig:
    limits = kata.meta.limits
    values = dict(
        memory_mb=limits.memory_mb,
        cpu_s=limits.cpu_s,
        output_kb=limits.output_kb,
        call_s=limits.call_s,
        import_s=limits.import_s,
        before_import=tuple(kata.meta.before_import),
        recursion_limit=limits.recursion_limit,
        scratch_mb=limits.scratch_mb,
    )
    values.update(overrides)
    return SandboxConfig(**values)


@dataclass(frozen=True)
class _Judging:
    submission: Path
    deadline: float  # time.monotonic()
    limit_s: float


_JUDGING: contextvars.ContextVar[_Judging | None] = contextvars.ContextVar("kata_judging", default=None)


@contextlib.contextmanager
def whole_judging(submission: Path, limit_s: float):
    """While judging `submission`, every solution process of it (the engine's too, which it
    opens through `open_sandbox`) shares one deadline: calls each just under the per-call limit
    cannot add up to more than `limit_s`. The reference's processes are the judge's own and
    keep their per-call limits."""
    token = _JUDGING.set(_Judging(submission, time.monotonic() + limit_s, limit_s))
    try:
        yield
    finally:
        _JUDGING.reset(token)


def _deadline_for(submission: Path, label: str) -> dict:
    """The whole judging's deadline, for the submission's processes only: the reference's keep
    their own limits even when the file judged is the reference itself (kata verify does that)."""
    judging = _JUDGING.get()
    if judging is None or submission != judging.submission or label == REFERENCE_LABEL:
        return {}
    return {"deadline": judging.deadline, "judging_s": judging.limit_s}


def _time_left() -> float | None:
    judging = _JUDGING.get()
    return None if judging is None else judging.deadline - time.monotonic()


def withheld_modules(kata: Kata) -> tuple[str, ...]:
    """The modules a LeetCode-style file is not given without an import: those the kata forbids
    anything of (collections for the queue), so that its rules see every use."""
    return tuple(sorted({(rule.module or rule.name or "").split(".")[0] for rule in kata.meta.forbidden} - {""}))


def open_sandbox(kata: Kata, submission: Path, label: str = "your code", **overrides) -> Sandbox:
    """Start a solution process for `submission` and import it. Raises SubmissionFailure or RemoteError."""
    config = sandbox_config(kata, **{**_deadline_for(submission, label), **overrides})
    # the reference is the kata's own, written to the kata's names: never through a variant's adapter
    variant = kata.variant if label != REFERENCE_LABEL else None
    requires = list(variant.requires) if variant else list(kata.meta.requires)
    adapter = kata.adapter_path if variant else None
    sandbox = Sandbox(submission, tuple(requires), kata.support_path, config, label, adapter=adapter,
                      withheld=withheld_modules(kata), leetcode_prelude=kata.variant is not None)
    sandbox.variant = variant.slug if variant else None
    sandbox.start()
    try:
        try:
            ready = sandbox.request("prepare", {}, call="loading the kata's support code", timeout=kata.meta.limits.import_s)
        except DeadlinePassed:
            raise  # the whole judging's time, spent by the learner's earlier calls, ran out here
        except (RemoteError, SubmissionFailure) as exc:
            # nothing of the learner's has run in this process yet: the kata (or the judge) failed
            detail = exc.describe() if isinstance(exc, RemoteError) else exc.message
            raise InternalError(f"the kata's support code failed before your file was imported: {detail}") from None
        if ready != "prepared":
            raise InternalError(f"the solution process answered {ready!r} to loading the kata's support code")
        defined = sandbox.request("load", {}, call="importing your file", timeout=kata.meta.limits.import_s)
        sandbox.expect_shape(defined, lambda d: type(d) is dict and type(d["defined"]) is list, "importing your file")
    except BaseException:
        sandbox.close()
        raise
    missing = [n for n in requires if n not in defined["defined"]]
    if missing:
        sandbox.close()
        asked = f"LeetCode {variant.leetcode} asks for" if variant else "the kata requires"
        raise SubmissionFailure(
            Verdict.COMPILE_ERROR,
            f"your file does not define {', '.join(missing)}; {asked} {', '.join(requires)} "
            f"(run 'kata show {kata.cli_name}' for the signatures)",
        )
    return sandbox
