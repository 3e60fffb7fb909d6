"""The judge's side of a solution process: start it with limits, call into it, kill it.

Every failure of the child becomes a `SubmissionFailure` carrying the verdict it
earns; once the child is dead, every later call fails at once with the same
failure, so nothing waits on a process that is gone.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..verdict import Verdict
from .child import kata_protocol as protocol
from .child.kata_protocol import Handle, ProtocolError

CHILD_DIR = Path(__file__).resolve().parent / "child"
HARNESS = CHILD_DIR / "kata_harness.py"


class SubmissionFailure(Exception):
    """Something the submission did that earns a verdict other than accepted."""

    def __init__(self, verdict: Verdict, message: str) -> None:
        super().__init__(message)
        self.verdict = verdict
        self.message = message


class RemoteError(Exception):
    """The submission raised an exception during a call."""

    def __init__(self, info: dict, call: str) -> None:
        self.type_name = str(info.get("type", "Exception"))
        self.mro = [str(m) for m in info.get("mro", [])] or [self.type_name]
        self.detail = str(info.get("message", ""))
        self.where = str(info.get("traceback", ""))
        self.recursion = bool(info.get("recursion"))
        self.call = call
        super().__init__(self.describe())

    def is_a(self, name: str) -> bool:
        return name in self.mro

    def describe(self) -> str:
        text = f"{self.call} raised {self.type_name}"
        if self.detail:
            text += f": {self.detail}"
        if self.where:
            text += f"\n{self.where}"
        return text


@dataclass(frozen=True)
class SandboxConfig:
    memory_mb: int = 1024
    cpu_s: int = 120
    output_kb: int = 1024
    call_s: float = 10.0
    import_s: float = 10.0
    cpu_core: int | None = None
    recursion_limit: int = 1000
    before_import: tuple[str, ...] = ()


@dataclass
class Sandbox:
    """One solution process. Use as a context manager; `close()` kills its whole process group."""

    submission: Path
    requires: tuple[str, ...]
    support: Path | None = None
    config: SandboxConfig = field(default_factory=SandboxConfig)
    label: str = "your code"

    def __post_init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.scratch: Path | None = None
        self.death: SubmissionFailure | None = None
        self._next_id = 0
        self.last_call = ""

    # lifecycle ----------------------------------------------------------------
    def start(self) -> None:
        self.scratch = Path(tempfile.mkdtemp(prefix="kata-run-"))
        target = self.scratch / "solution.py"
        shutil.copyfile(self.submission, target)
        cfg = {
            "submission": str(target),
            "support": str(self.support) if self.support else None,
            "requires": list(self.requires),
            "memory_mb": self.config.memory_mb,
            "cpu_s": self.config.cpu_s,
            "output_bytes": self.config.output_kb * 1024,
            "cpu_core": self.config.cpu_core,
            "recursion_limit": self.config.recursion_limit,
            "before_import": list(self.config.before_import),
        }
        req_r, self._req_w = os.pipe()
        self._rep_r, rep_w = os.pipe()
        cfg["fds"] = [req_r, rep_w]
        env = {
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": str(self.scratch),
            "TMPDIR": str(self.scratch),
            "LANG": "C.UTF-8",
            "PYTHONHASHSEED": "0",
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONNOUSERSITE": "1",
            "PYTHONSAFEPATH": "1",
            "PYTHONPATH": str(CHILD_DIR),
        }
        self._out = open(self.scratch / "stdout.txt", "wb")
        self._err = open(self.scratch / "stderr.txt", "wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-s", str(HARNESS), json.dumps(cfg)],
            stdin=subprocess.DEVNULL,
            stdout=self._out,
            stderr=self._err,
            cwd=self.scratch,
            env=env,
            start_new_session=True,
            pass_fds=(req_r, rep_w),
        )
        os.close(req_r)
        os.close(rep_w)
        os.set_blocking(self._req_w, False)

    def __enter__(self) -> "Sandbox":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.proc is not None:
            self._kill()
            for fd in (self._req_w, self._rep_r):
                try:
                    os.close(fd)
                except OSError:
                    pass
            self._out.close()
            self._err.close()
            self.proc = None
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None

    def _kill(self) -> None:
        proc = self.proc
        if proc is None:
            return
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.kill()
        except ProcessLookupError:
            pass
        proc.wait()

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def output(self, limit: int = 2000) -> str:
        """What the submission printed (stdout, then stderr), cut to `limit` characters."""
        if self.scratch is None:
            return ""
        text = ""
        for name in ("stdout.txt", "stderr.txt"):
            try:
                with open(self.scratch / name, "rb") as f:
                    text += f.read(limit).decode("utf-8", "replace")
            except OSError:
                pass
        return text[:limit]

    def cpu_seconds(self) -> float:
        """CPU time of the child as the kernel counts it (the child cannot patch this)."""
        if self.proc is None:
            return 0.0
        try:
            with open(f"/proc/{self.proc.pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return 0.0

    # calls ------------------------------------------------------------------
    def request(self, op: str, payload: dict, *, call: str, timeout: float | None = None):
        """Send one request and return the decoded `ok` value; raises RemoteError or SubmissionFailure."""
        if self.death is not None:
            raise self._fail(self.death)
        if self.proc is None:
            raise RuntimeError("sandbox not started")
        self.last_call = call
        self._next_id += 1
        rid = self._next_id
        timeout = self.config.call_s if timeout is None else timeout
        deadline = time.monotonic() + timeout
        try:
            data = protocol.dumps({**payload_encode(payload), "_rid": rid, "_op": op})
        except (ProtocolError, TypeError, ValueError) as exc:
            raise RuntimeError(f"the judge could not send {call}: {exc}") from None
        try:
            self._write(data, deadline, call, timeout)
            reply = self._read(deadline, call, timeout)
        except _Dead as dead:
            self.death = dead.failure
            self._kill()
            raise self._fail(self.death) from None
        if type(reply) is not dict or reply.get("_rid") != rid or not ({"ok", "raised"} & set(reply)):
            self.death = SubmissionFailure(
                Verdict.RUNTIME_ERROR, f"{self.label} wrote something other than the judge's reply during {call}"
            )
            self._kill()
            raise self._fail(self.death)
        if "raised" in reply:
            info = reply["raised"] if type(reply["raised"]) is dict else {}
            raise RemoteError(info, call)
        return reply["ok"]

    @staticmethod
    def _fail(failure: SubmissionFailure) -> SubmissionFailure:
        # One raise site for first and later failures, so hypothesis sees one bug.
        return SubmissionFailure(failure.verdict, failure.message)

    def _write(self, data: bytes, deadline: float, call: str, timeout: float) -> None:
        view = memoryview(data)
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Dead(self._timeout_failure(call, timeout))
            _, writable, _ = select.select([], [self._req_w], [], remaining)
            if not writable:
                continue
            try:
                written = os.write(self._req_w, view)
            except BrokenPipeError:
                raise _Dead(self._exit_failure(call)) from None
            except BlockingIOError:
                continue
            view = view[written:]

    def _read(self, deadline: float, call: str, timeout: float):
        header = self._read_exact(protocol.HEADER.size, deadline, call, timeout)
        (length,) = protocol.HEADER.unpack(header)
        if length > protocol.MAX_MESSAGE:
            raise _Dead(SubmissionFailure(Verdict.RUNTIME_ERROR, f"{call} returned a value over the judge's {protocol.MAX_MESSAGE // 2**20} MiB reply cap"))
        body = self._read_exact(length, deadline, call, timeout)
        try:
            return protocol.loads(body, self._handle)
        except ProtocolError as exc:
            raise _Dead(SubmissionFailure(Verdict.RUNTIME_ERROR, f"{call} sent the judge a malformed reply ({exc})")) from None

    def _handle(self, hid: int, type_name: str) -> Handle:
        return Handle(hid, type_name)

    def _read_exact(self, n: int, deadline: float, call: str, timeout: float) -> bytes:
        chunks, got = [], 0
        while got < n:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise _Dead(self._timeout_failure(call, timeout))
            readable, _, _ = select.select([self._rep_r], [], [], remaining)
            if not readable:
                continue
            chunk = os.read(self._rep_r, min(n - got, 1 << 20))
            if not chunk:
                raise _Dead(self._exit_failure(call))
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def _timeout_failure(self, call: str, timeout: float) -> SubmissionFailure:
        return SubmissionFailure(Verdict.TIME_LIMIT_EXCEEDED, f"{call} did not finish within {timeout:g} s (wall clock)")

    def _exit_failure(self, call: str) -> SubmissionFailure:
        """Why the child went away, read from how it ended."""
        assert self.proc is not None
        try:
            code = self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self._kill()
            code = self.proc.returncode
        if code is not None and code < 0:
            sig = -code
            if sig == signal.SIGXCPU:
                return SubmissionFailure(Verdict.TIME_LIMIT_EXCEEDED, f"{self.label} used more than {self.config.cpu_s} s of CPU during {call}")
            if sig == signal.SIGXFSZ:
                return SubmissionFailure(Verdict.RUNTIME_ERROR, f"{self.label} printed or wrote more than {self.config.output_kb} KB during {call}")
            if sig == signal.SIGSEGV:
                return SubmissionFailure(Verdict.RUNTIME_ERROR, f"{self.label} crashed with a segmentation fault during {call} (often: recursion far too deep for the C stack)")
            if sig == signal.SIGKILL:
                return SubmissionFailure(Verdict.MEMORY_LIMIT_EXCEEDED if self._oom() else Verdict.RUNTIME_ERROR, f"{self.label} was killed (SIGKILL) during {call}")
            name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
            return SubmissionFailure(Verdict.RUNTIME_ERROR, f"{self.label} was ended by signal {name} during {call}")
        return SubmissionFailure(Verdict.RUNTIME_ERROR, f"{self.label} ended the process (exit code {code}) during {call}; a solution must return, not exit")

    def _oom(self) -> bool:
        return False


class _Dead(Exception):
    def __init__(self, failure: SubmissionFailure) -> None:
        self.failure = failure


def _only_handles(value) -> Handle:
    if isinstance(value, Handle):
        return value
    raise TypeError(f"{type(value).__name__} is not plain data")


def payload_encode(payload: dict) -> dict:
    """Encode request arguments: plain data, and proxies as the handles they stand for."""
    from .proxy import to_wire

    return {k: protocol.encode(to_wire(v), _only_handles) for k, v in payload.items()}
