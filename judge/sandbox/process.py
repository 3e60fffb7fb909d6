"""The judge's side of a solution process: start it with limits, call into it, kill it.

Every failure of the child becomes a `SubmissionFailure` carrying the verdict it
earns; once the child is dead, every later call fails at once with the same
failure, so nothing waits on a process that is gone.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..failures import DeadlinePassed, InternalError, RemoteError, SubmissionFailure
from ..verdict import Verdict
from . import scratch as scratch_mod
from . import registry as _registry  # live sandboxes, closed by a stopped judge (judge/interrupt.py)
from .child import kata_protocol as protocol
from .callback import Callbacks, ForgedCall, death_for
from .child.kata_protocol import Handle, ProtocolError
from .exits import exit_failure
from .procfs import tree_cpu_seconds
from . import asking, channel, launch



FATAL_ERRORS = {
    "MemoryError": (Verdict.MEMORY_LIMIT_EXCEEDED, "{call} ran out of memory (the limit is {limit} MB)"),
    # the child's encoder refused the reply; the detail says why ("more than 1,000,000 items; …")
    "ReplyTooLarge": (Verdict.RUNTIME_ERROR, "{call} returned {detail}: return less"),
    "TooManyItems": (Verdict.RUNTIME_ERROR, "{call} returned {detail}: return less"),
}


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
    scratch_mb: int = 16  # all the files of the scratch folder together (a size-limited tmpfs)
    # time.monotonic() by which the whole judging must end, and the limit it came from (for
    # the message); every call's timeout is clamped to what is left
    deadline: float | None = None
    judging_s: float | None = None


@dataclass
class Sandbox:
    """One solution process. Use as a context manager; `close()` kills its whole process group."""

    submission: Path
    requires: tuple[str, ...]
    support: Path | None = None
    config: SandboxConfig = field(default_factory=SandboxConfig)
    label: str = "your code"
    adapter: Path | None = None  # a LeetCode variant's adapter: the kata's names from the learner's
    withheld: tuple[str, ...] = ()  # modules LeetCode gives a file that this kata forbids: not given
    # LeetCode's prelude (its usual modules and their names), loaded by the kata's own code before
    # anything of the learner's runs: in both processes of a variant's judging, the reference's
    # too, so that the memory it takes is never counted against the learner's file
    leetcode_prelude: bool = False

    def __post_init__(self) -> None:
        self.variant: str | None = None  # the LeetCode slug judged, for the hidden tests (testing.variant)
        self.proc: subprocess.Popen | None = None
        self.scratch: Path | None = None
        self.disk: str | None = None  # how the scratch folder's size is limited: see scratch.mode
        self._mounted: Path | None = None
        self.death: SubmissionFailure | None = None
        self._next_id = 0
        self.last_call = ""
        self.cgroup = None
        self.layers = None
        self._channel: channel.Channel | None = None
        self.released: list[int] = []  # handles the judge dropped; the child forgets them on the next request
        self._handle_refs: dict[int, int] = {}  # live proxies per handle: several may share one
        self.callbacks = Callbacks()  # the judge's functions this child was given

    def retain(self, hid: int) -> None:
        self._handle_refs[hid] = self._handle_refs.get(hid, 0) + 1
        if hid in self.released:  # wrapped again before the release was sent: keep it
            self.released.remove(hid)

    def drop(self, hid: int) -> None:
        """Called from a proxy's __del__ (any time the collector runs): only dict and list updates."""
        left = self._handle_refs.get(hid, 0) - 1
        if left > 0:
            self._handle_refs[hid] = left
        else:
            self._handle_refs.pop(hid, None)
            self.released.append(hid)

    # lifecycle ----------------------------------------------------------------
    def start(self) -> None:
        """Start the child under every active layer. A failure here is the judge's (or the
        machine's), never the submission's: it is an InternalError, and nothing is left behind."""
        try:
            self._start()
        except InternalError:
            self.close()
            raise
        except Exception as exc:
            self.close()
            raise InternalError(f"the sandbox could not be started: {type(exc).__name__}: {exc}") from exc

    def _start(self) -> None:
        from . import layers as layers_mod
        from .cgroup import Cgroup

        layers = layers_mod.detect()
        if layers_mod.require_full() and layers.missing:
            raise InternalError(f"KATA_SANDBOX=full, but {layers.summary()}")
        self.layers = layers
        view = layers.active("filesystem")
        self.scratch = scratch_mod.make_folder()
        work = self.scratch / "work"
        work.mkdir()
        self.disk = _disk_mode(layers, view)
        if self.disk == "mount":
            scratch_mod.mount_tmpfs(work, self.config.scratch_mb << 20)
            self._mounted = work
        shutil.copyfile(self.submission, work / "solution.py")
        os.chmod(work / "solution.py", 0o644)
        support, adapter = self.support, self.adapter
        if not view:
            # the kata may live in a folder the unprivileged uid cannot enter (a private home,
            # pytest's temporary folders): the child reads copies, as it reads the submission's
            support = self._copied(self.support, "support.py")
            adapter = self._copied(self.adapter, "adapter.py")
        drop = layers.active("uid")
        if drop:
            os.chmod(self.scratch, 0o755)
            os.chown(work, layers_mod.UNPRIVILEGED, layers_mod.UNPRIVILEGED)
        req_r, req_w = os.pipe()
        rep_r, rep_w = os.pipe()
        self._channel = channel.Channel(req_w, rep_r)
        cfg = launch.child_config(self, work, support, adapter, view=view, drop=drop, fds=(req_r, rep_w))
        self._out = open(self.scratch / "stdout.txt", "wb")
        self._err = open(self.scratch / "stderr.txt", "wb")
        size = self.config.scratch_mb << 20 if self.disk == "bwrap" else None
        if layers.active("cgroup"):
            self.cgroup = Cgroup.create(memory_bytes=(self.config.memory_mb << 20) + (64 << 20), pids=256)
        self.proc = subprocess.Popen(
            launch.child_command(cfg, work, support, adapter, view=view, scratch_bytes=size),
            stdin=subprocess.DEVNULL,
            stdout=self._out,
            stderr=self._err,
            cwd=work,
            env=launch.child_env(work, view=view),
            start_new_session=True,
            pass_fds=(req_r, rep_w),
            preexec_fn=self.cgroup.join if self.cgroup else None,
        )
        _registry.register(self)
        os.close(req_r)
        os.close(rep_w)

    def _copied(self, source: Path | None, name: str) -> Path | None:
        if source is None:
            return None
        copy = self.scratch / name
        shutil.copyfile(source, copy)
        os.chmod(copy, 0o644)
        return copy

    def __enter__(self) -> "Sandbox":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.proc is not None:
            self._kill()
            self.proc = None
        if self._channel is not None:  # also after a start that failed half-way
            self._channel.close()
            self._channel = None
        for stream in (getattr(self, "_out", None), getattr(self, "_err", None)):
            if stream is not None:
                stream.close()
        if getattr(self, "cgroup", None) is not None:
            self.cgroup.remove()
            self.cgroup = None
        if self._mounted is not None:
            try:
                scratch_mod.unmount(self._mounted)
            except OSError:
                pass  # not mounted after all; the reaper unmounts what a dead judge left
            self._mounted = None
        if self.scratch is not None:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None
        _registry.unregister(self)

    def _kill(self) -> None:
        """Kill the process group, then everything left in the cgroup (a setsid daemon too);
        with the filesystem view, the pid namespace dies with its first process as well."""
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
        if getattr(self, "cgroup", None) is not None:
            self.cgroup.kill_all()

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

    OUTPUT_FILES = ("stdout.txt", "stderr.txt")

    def output_marks(self) -> tuple[int, ...]:
        """How much the submission has printed so far, per stream (to cut out one test's part)."""
        marks = []
        for name in self.OUTPUT_FILES:
            try:
                marks.append(os.stat(self.scratch / name).st_size if self.scratch else 0)
            except OSError:
                marks.append(0)
        return tuple(marks)

    def output_since(self, marks: tuple[int, ...], limit: int = 800) -> str:
        """What the submission printed after `marks` (stdout, then stderr), cut to `limit` characters."""
        text = ""
        for name, start in zip(self.OUTPUT_FILES, marks):
            try:
                with open(self.scratch / name, "rb") as f:
                    f.seek(start)
                    text += f.read(limit).decode("utf-8", "replace")
            except (OSError, TypeError):
                pass
        return text[:limit]

    def cpu_seconds(self) -> float:
        """CPU time of the child and everything it spawned, as the kernel counts it
        (the child cannot patch this): from the cgroup, else from /proc. Never one, then the
        other: they count different things (the cgroup also counts what left the tree), so a
        difference between the two would be no measurement at all."""
        if self.proc is None:
            return 0.0
        if getattr(self, "cgroup", None) is not None:
            value = self.cgroup.cpu_seconds()
            if value is None:
                raise InternalError(f"the kernel's CPU count for {self.label}'s cgroup could not be read")
            return value
        return tree_cpu_seconds(self.proc.pid)

    # calls ------------------------------------------------------------------
    def request(self, op: str, payload: dict, *, call: str, timeout: float | None = None):
        """Send one request and return the decoded `ok` value; raises RemoteError or SubmissionFailure."""
        if self.death is not None:
            raise self._fail(self.death)
        if self.proc is None:
            raise InternalError(f"the judge called into a sandbox it has not started ({call})")
        asked = asking.current()
        if asked is not None:  # a hidden test said what it asks, in the learner's words
            call = asked.text
        self.last_call = call
        self._next_id += 1
        rid = self._next_id
        timeout = self.config.call_s if timeout is None else timeout
        deadline, limit = self._clamp(timeout, call)
        try:
            released, self.released = self.released, []
            data = protocol.dumps({**{k: protocol.encode(v, self._wire) for k, v in payload.items()}, "_rid": rid, "_op": op, "_release": released})
        except (ProtocolError, TypeError, ValueError) as exc:
            raise InternalError(f"the judge could not send {call}: {exc}") from None
        try:
            reply = self._exchange(data, deadline, call, limit, rid)
        except _Dead as dead:
            self._die(dead.failure)
        except BaseException:
            if self.death is not None:  # a Callback's function ended the call (see _exchange)
                raise
            # Interrupted between write and read (a group's timeout, a signal): the reply is
            # still on its way, and a later call must never read it as its own.
            self._die(SubmissionFailure(
                Verdict.TIME_LIMIT_EXCEEDED, f"{call} was still running when the test group ran out of time"
            ), reraise=True)
        if self._channel.has_unread or type(reply) is not dict or reply.get("_rid") != rid or not ({"ok", "raised"} & set(reply)):
            self._die(SubmissionFailure(
                Verdict.RUNTIME_ERROR, f"{self.label} wrote something other than the judge's reply during {call}"
            ))
        if "raised" in reply:
            info = reply["raised"] if type(reply["raised"]) is dict else {}
            error = RemoteError(info, call)
            fatal = FATAL_ERRORS.get(error.type_name)
            if fatal is not None:
                # Out of memory, or a reply over the cap: the process is not worth keeping, and
                # hypothesis must not spend minutes re-running such calls while it shrinks.
                self._die(SubmissionFailure(fatal[0], fatal[1].format(call=call, limit=self.config.memory_mb, detail=error.detail[:200])))
            raise error
        return reply["ok"]

    def _clamp(self, timeout: float, call: str) -> tuple[float, "_Limit"]:
        """This call's deadline: its own timeout, or what is left of the whole judging's, whichever
        ends first; the limit that binds is the one a timeout message names."""
        now = time.monotonic()
        own = now + timeout
        whole = self.config.deadline
        if whole is not None and whole < own:
            limit = _Limit(DeadlinePassed, f"{call} was still running when the whole judging ran past its {self.config.judging_s:g} s limit")
            if whole <= now:
                self._die(limit.failure())
            return whole, limit
        asked = asking.current()
        hint = f"; {asked.if_slow}" if asked is not None and asked.if_slow else ""
        return own, _Limit(SubmissionFailure, f"{call} did not finish within {timeout:.3g} s (wall clock){hint}")

    def _die(self, failure: SubmissionFailure, reraise: bool = False):
        """Record the death, kill the process, and raise the failure (or, with `reraise`, the
        exception being handled, so a pytest timeout still reads as one)."""
        self.death = failure
        self._kill()
        if reraise:
            raise
        raise self._fail(failure) from None

    def expect_shape(self, value, check, call: str):
        """A reply to one of the judge's own requests must have the shape the harness gives it;
        anything else means the submission tampered with the harness."""
        try:
            ok = bool(check(value))
        except Exception:
            ok = False
        if not ok:
            self._die(SubmissionFailure(Verdict.RUNTIME_ERROR, f"{self.label} tampered with the judge's harness: the reply to {call} is malformed"))
        return value

    @staticmethod
    def _fail(failure: SubmissionFailure) -> SubmissionFailure:
        # One raise site for first and later failures, so hypothesis sees one bug.
        return type(failure)(failure.verdict, failure.message)

    def _exchange(self, data: bytes, deadline: float, call: str, limit: "_Limit", rid: int):
        """Write one request and read its reply, answering on the way every call the submission
        makes into a function of the judge's (a Callback it was given); each failure of the
        child's in its own words. An exception a Callback's function raises (a verdict of the
        kata's) ends the exchange: the caller kills the child."""
        try:
            self._channel.send(data, deadline)
            while True:
                message = self._decode(self._channel.receive(deadline), call)
                if type(message) is not dict or "_cb" not in message or {"ok", "raised"} & set(message):
                    return message
                try:
                    answer = self.callbacks.answer(message, rid, call)
                except ForgedCall:
                    raise _Dead(SubmissionFailure(Verdict.RUNTIME_ERROR, f"{self.label} wrote something other than a call of the judge's function during {call}")) from None
                except (InternalError, KeyboardInterrupt, SystemExit):
                    raise
                except Exception as exc:  # raised by the kata's function: the call ends here
                    death = death_for(exc)
                    if death is None:  # not a verdict: a bug in the kata's function
                        raise InternalError(f"the judge's function failed during {call}: {type(exc).__name__}: {exc}") from exc
                    self.death = death
                    self._kill()
                    raise
                self._channel.send(answer, deadline)
        except channel.TimedOut:
            raise _Dead(limit.failure()) from None
        except channel.Closed:
            raise _Dead(self._exit_failure(call)) from None
        except channel.Oversized:
            raise _Dead(SubmissionFailure(Verdict.RUNTIME_ERROR, f"{call} returned a value over the judge's {protocol.MAX_MESSAGE // 2**20} MiB reply cap")) from None

    @staticmethod
    def _decode(body: bytes, call: str):
        try:
            return protocol.loads(body, lambda hid, type_name: Handle(hid, type_name))
        except protocol.TooManyItems as exc:
            raise _Dead(SubmissionFailure(Verdict.RUNTIME_ERROR, f"{call} returned {exc}: return less")) from None
        except ProtocolError as exc:
            raise _Dead(SubmissionFailure(Verdict.RUNTIME_ERROR, f"{call} sent the judge a malformed reply ({exc})")) from None

    def _wire(self, value):
        return self.callbacks.wire(value)

    def _exit_failure(self, call: str) -> SubmissionFailure:
        """Why the child went away, read from how it ended (see exits.py)."""
        assert self.proc is not None
        try:
            code = self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self._kill()
            code = self.proc.returncode
        view = self.layers is not None and self.layers.active("filesystem")
        return exit_failure(code, view=view, oom=self._oom(), label=self.label, call=call, config=self.config)

    def _oom(self) -> bool:
        group = getattr(self, "cgroup", None)
        return group is not None and group.oom_kills() > 0


def _disk_mode(layers, view: bool) -> str | None:
    """How this sandbox limits its scratch folder's total size (see scratch.py): the 'disk'
    layer decides where layers.py reports one; otherwise it is probed here."""
    if any(layer.name == "disk" for layer in layers.items) and not layers.active("disk"):
        return None
    if not any(layer.name == "disk" for layer in layers.items) and os.environ.get("KATA_SANDBOX") == "minimal":
        return None
    return scratch_mod.mode(view)


class _Limit:
    """The time limit a call runs under (its own, or the whole judging's) and how to say it ran out."""

    def __init__(self, kind: type[SubmissionFailure], message: str) -> None:
        self.kind = kind
        self.message = message

    def failure(self) -> SubmissionFailure:
        return self.kind(Verdict.TIME_LIMIT_EXCEEDED, self.message)


class _Dead(Exception):
    def __init__(self, failure: SubmissionFailure) -> None:
        self.failure = failure

