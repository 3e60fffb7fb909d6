"""How a solution process ended, in the learner's words: the verdict its exit earns.

Read from the exit status the kernel reports (bubblewrap passes a child's death by signal N
on as exit 128 + N) and from the cgroup's OOM counter; never from anything the child says.
"""

from __future__ import annotations

import signal

from ..failures import SubmissionFailure
from ..verdict import Verdict


def exit_failure(code: int | None, *, view: bool, oom: bool, label: str, call: str, config) -> SubmissionFailure:
    if code is not None and code > 128 and view:
        code = 128 - code
    out_of_memory = SubmissionFailure(
        Verdict.MEMORY_LIMIT_EXCEEDED,
        f"{label} used more than {config.memory_mb} MB of memory during {call} (killed by the kernel's OOM killer)")
    if code is not None and code < 0:
        sig = -code
        if sig == signal.SIGXCPU:
            return SubmissionFailure(Verdict.TIME_LIMIT_EXCEEDED, f"{label} used more than {config.cpu_s} s of CPU during {call}")
        if sig == signal.SIGXFSZ:
            return SubmissionFailure(Verdict.RUNTIME_ERROR, f"{label} printed or wrote more than {config.output_kb} KB during {call}")
        if sig == signal.SIGSEGV:
            return SubmissionFailure(Verdict.RUNTIME_ERROR, f"{label} crashed with a segmentation fault during {call} "
                                     "(often: recursion far too deep for the C stack)")
        if sig == signal.SIGKILL:
            return out_of_memory if oom else SubmissionFailure(Verdict.RUNTIME_ERROR, f"{label} was killed (SIGKILL) during {call}")
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        return SubmissionFailure(Verdict.RUNTIME_ERROR, f"{label} was ended by signal {name} during {call}")
    if oom:
        return out_of_memory
    return SubmissionFailure(Verdict.RUNTIME_ERROR, f"{label} ended the process (exit code {code}) during {call}; a solution must return, not exit")
