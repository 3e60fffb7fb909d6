"""The solution process: load the submission, then answer the judge's requests.

Run as a plain script: `python kata_harness.py CONFIG_JSON`. Requests and replies
travel on two pipes whose fds the config names; the submission's own stdout and stderr go to files
the judge caps. Everything the judge decides, it decides in its own process;
this loop only calls the submission and returns plain data.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import threading
import traceback
import types

def _set_limits(cfg: dict) -> None:
    mb = cfg["memory_mb"] * 1024 * 1024
    limits = [
        (resource.RLIMIT_CPU, (cfg["cpu_s"], cfg["cpu_s"] + 1)),
        (resource.RLIMIT_AS, (mb, mb)),
        (resource.RLIMIT_FSIZE, (cfg["output_bytes"], cfg["output_bytes"])),
        (resource.RLIMIT_NOFILE, (64, 64)),
        (resource.RLIMIT_CORE, (0, 0)),
    ]
    for which, value in limits:
        try:
            resource.setrlimit(which, value)
        except (ValueError, OSError):
            pass
    if cfg.get("cpu_core") is not None and hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {cfg["cpu_core"]})
        except OSError:
            pass


def _load_module(name: str, path: str, given: dict | None = None, flags: int = 0) -> types.ModuleType:
    with open(path, "rb") as f:
        source = f.read()
    code = compile(source, path, "exec", flags=flags, dont_inherit=True)
    module = types.ModuleType(name)
    module.__file__ = path
    module.__dict__.update(given or {})
    sys.modules[name] = module
    exec(code, module.__dict__)
    return module


class Harness:
    def __init__(self, cfg: dict) -> None:
        import kata_protocol

        self.protocol = kata_protocol
        self.cfg = cfg
        self.objects: dict[int, object] = {}
        self.next_handle = 0
        self.ids: dict[int, int] = {}
        self.modules: dict[str, types.ModuleType] = {}
        self.pending = None
        request_fd, self.reply_fd = cfg["fds"]
        self.req_in = os.fdopen(request_fd, "rb", buffering=0)
        # Only this process speaks for the submission: a process it forks (a daemon at import,
        # multiprocessing) loses the judge's pipes, and exits quietly if it reaches the harness.
        self.pid = os.getpid()
        os.register_at_fork(after_in_child=self._forked)
        # Calls into the judge (JudgeFunction) share the pipes with replies: one exchange at a
        # time, and only while the judge waits on a request (its id, else None).
        self.wire = threading.RLock()
        self.current_rid = None

    def _forked(self) -> None:
        for fd in (self.req_in.fileno(), self.reply_fd):
            try:
                os.close(fd)
            except OSError:
                pass

    # handles ---------------------------------------------------------------
    def make_handle(self, obj):
        key = id(obj)
        hid = self.ids.get(key)
        if hid is None:
            self.next_handle += 1  # never reused, even after releases
            hid = self.next_handle
            self.objects[hid] = obj
            self.ids[key] = hid
        return self.protocol.Handle(hid, type(obj).__qualname__)

    def resolve(self, hid: int, _type_name: str):
        if hid not in self.objects:
            raise self.protocol.ProtocolError(f"unknown handle {hid}")
        return self.objects[hid]

    def encode(self, value):
        try:
            return self.protocol.encode(value, self.make_handle)
        except (RecursionError, ValueError, TypeError, AttributeError):
            # Too deep, cyclic, or not readable as data: the judge gets a handle instead.
            handle = self.make_handle(value)
            return {"$h": [handle.id, handle.type_name]}

    def crossable(self, value):
        """The value itself if it can cross as data, else a handle to it (for values inside replies)."""
        try:
            self.protocol.encode(value, self.make_handle)
            return value
        except (RecursionError, ValueError, TypeError, AttributeError):
            return self.make_handle(value)

    def release(self, hids) -> None:
        for hid in hids if type(hids) is list else ():
            obj = self.objects.pop(hid, None)
            if obj is not None:
                self.ids.pop(id(obj), None)

    # wire -------------------------------------------------------------------
    def read_request(self):
        header = self._read_exact(4)
        if header is None:
            return None
        (length,) = self.protocol.HEADER.unpack(header)
        body = self._read_exact(length)
        return self.protocol.loads(body, self.resolve, self.judge_function)

    def judge_function(self, fid: int, name: str):
        from kata_judge_function import JudgeFunction

        return JudgeFunction(self, fid, name)

    def _read_exact(self, n: int):
        chunks, got = [], 0
        while got < n:
            chunk = self.req_in.read(n - got)
            if not chunk:
                return None
            chunks.append(chunk)
            got += len(chunk)
        return b"".join(chunks)

    def reply(self, message: dict) -> None:
        if os.getpid() != self.pid:
            os._exit(0)  # a forked copy returned into the harness: it has nothing to say
        data = self.protocol.dumps(message)
        view = memoryview(data)
        while view:
            written = os.write(self.reply_fd, view)
            view = view[written:]

    # requests ---------------------------------------------------------------
    def target(self, spec):
        if type(spec) is str:
            return self.modules[spec]
        return spec  # already resolved from a handle

    def op_prepare(self, req):
        """The kata's own code, before any of the submission's runs: a failure here is the
        kata's, and the judge can trust this reply because nothing of the learner's has run."""
        self.modules["support_probes"] = __import__("kata_probes")
        if self.cfg.get("leetcode_prelude"):
            # A variant's judging: LeetCode's prelude is the judge's doing, so both sides hold it
            # (the reference's process too) and a space check never charges it to the learner.
            from kata_leetcode import leetcode_names

            self.leetcode_names = leetcode_names(self.cfg.get("withheld", ()))
        if self.cfg.get("support"):
            self.modules["support"] = _load_module("kata_support", self.cfg["support"])
        for setup in self.cfg.get("before_import", []):
            getattr(self.modules["support"], setup)()
        self.prepared = True
        return "prepared"

    def op_load(self, req):
        if not getattr(self, "prepared", False):
            self.op_prepare(req)
        if self.cfg.get("adapter"):
            return self._load_variant()
        module = _load_module("solution", self.cfg["submission"])
        self.modules["solution"] = module
        return {"defined": sorted(n for n in self.cfg["requires"] if hasattr(module, n))}

    def _load_variant(self):
        """A LeetCode-style file: loaded as LeetCode loads it (its names given, annotations never
        evaluated, so `-> Node` inside class Node works), then the kata's adapter, which gives the
        hidden tests the kata's names. The tests reach the adapter as `solution`."""
        import __future__

        from kata_leetcode import defines

        # LeetCode's names, loaded in op_prepare (a variant's processes always have the prelude)
        learner = _load_module("leetcode_solution", self.cfg["submission"], self.leetcode_names,
                               __future__.annotations.compiler_flag)
        defined = sorted(n for n in self.cfg["requires"] if defines(learner, n))
        self.modules["learner"] = learner
        self.modules["solution"] = _load_module("solution", self.cfg["adapter"], {"learner": learner})
        return {"defined": defined}

    def op_getattr(self, req):
        value = getattr(self.target(req["obj"]), req["name"])
        if callable(value) and not isinstance(value, type):
            return {"$m": True}
        return value

    def op_call(self, req):
        fn = getattr(self.target(req["obj"]), req["name"]) if req.get("name") else self.target(req["obj"])
        kwargs = {k: v for k, v in req.get("kwargs", [])}
        return fn(*req.get("args", []), **kwargs)

    def op_call_unchanged(self, req):
        """Call, and report which arguments the call changed (compared as plain data)."""
        args = req.get("args", [])
        before = [json.dumps(self.encode(a)) for a in args]
        result = self.op_call(req)
        changed = [i for i, a in enumerate(args) if json.dumps(self.encode(a)) != before[i]]
        return {"result": self.crossable(result), "changed": changed}

    # measurements ------------------------------------------------------------
    # The judge measures from outside: CPU time and memory as the kernel counts them for this
    # process's cgroup, over the whole request. Nothing this process says about time or memory
    # is used; what it returns is a digest of every answer, compared with the reference's on
    # the same inputs (which only the judge's seed, sent with the request, determines).
    def _workload(self, name: str):
        fn = getattr(self.modules["support"], "workload_" + str(name), None)
        if fn is None:
            raise LookupError(f"the kata's support code has no workload_{name}")
        return fn

    def _started(self, name, n, seed, index):
        """Start one run of a workload. A workload is `workload_x(solution, n, rng)` returning
        the answers; one that `yield`s once separates building its inputs from the calls."""
        import random

        result = self._workload(name)(self.modules["solution"], n, random.Random(f"{seed}:{index}"))
        if isinstance(result, types.GeneratorType):
            next(result, None)
            return result
        return iter(()), result

    @staticmethod
    def _finish(run):
        if type(run) is tuple:
            return run[1]
        try:
            next(run)
        except StopIteration as stop:
            return stop.value
        raise RuntimeError("a workload may yield only once, between building its inputs and calling")

    def _digest(self, answers) -> str:
        import hashlib

        data = json.dumps(self.encode(answers), separators=(",", ":"), allow_nan=True, sort_keys=False)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()

    def op_measure(self, req):
        """Run a workload `batch` times on fresh inputs drawn from the judge's seed; reply with
        a digest of all the answers and the probes' counts (which can only add a rejection)."""
        probes = self.modules["support_probes"]
        name, n, seed, batch = req["workload"], req["n"], req["seed"], req.get("batch", 1)
        answers = []
        gc.collect()
        probes.reset()
        gc.disable()
        try:
            for index in range(batch):
                answers.append(self._finish(self._started(name, n, seed, index)))
        finally:
            gc.enable()
        return {"digest": self._digest(answers), "counts": probes.snapshot()}

    def op_build(self, req):
        """Space, step 1: build one run's inputs (the judge then reads the memory they take).
        A space workload must yield once after building: one that does not would run its calls
        here, before the judge starts the peak, and the check would see nothing."""
        self.pending = self._started(req["workload"], req["n"], req["seed"], 0)
        if type(self.pending) is tuple:
            raise TypeError(f"workload_{req['workload']} is measured for space, so it must yield once between building its inputs and the calls")
        return None

    def op_run(self, req):
        """Space, step 2: the calls on the inputs built by op_build. The collector stays on, as
        in any program: with it off, the reference cycles an honest solution leaves behind (an
        exception kept in a local holds its frames) would count as memory it holds."""
        run, self.pending = self.pending, None
        return {"digest": self._digest([self._finish(run)]), "counts": {}}

    def op_ping(self, req):
        return "pong"

    def serve(self) -> None:
        while True:
            try:
                req = self.read_request()
            except self.protocol.ProtocolError as exc:
                self.reply({"_rid": -1, "fatal": str(exc)[:500]})
                return
            if req is None:
                return
            rid = req.get("_rid")
            self.current_rid = rid
            self.release(req.get("_release"))
            handler = getattr(self, "op_" + str(req.get("_op")), None)
            if handler is None:
                self.answer({"_rid": rid, "fatal": f"unknown op {req.get('_op')!r}"})
                continue
            try:
                result = handler(req)
            except BaseException as exc:  # the submission's own exception, SystemExit included
                self.answer({"_rid": rid, "raised": self.encode(describe(exc, self.cfg["submission"]))})
                continue
            try:
                self.answer({"_rid": rid, "ok": self.encode(result)})
            except self.protocol.ProtocolError as exc:
                info = {"type": "ReplyTooLarge", "mro": ["ReplyTooLarge"], "message": str(exc), "traceback": ""}
                self.answer({"_rid": rid, "raised": self.encode(info)})

    def answer(self, message: dict) -> None:
        """The reply that ends a request: after it, no call into the judge until the next one."""
        with self.wire:
            self.current_rid = None
            self.reply(message)


def _safe_str(obj) -> str:
    try:
        return str(obj)[:2000]
    except BaseException:
        return "<unprintable>"


def describe(exc: BaseException, submission: str) -> dict:
    frames = traceback.extract_tb(exc.__traceback__)
    mine = [f for f in frames if f.filename == submission]
    lines = [f"  line {f.lineno}, in {f.name}: {(f.line or '').strip()}" for f in mine[-6:]]
    if isinstance(exc, SyntaxError) and exc.filename == submission:
        lines.append(f"  line {exc.lineno}: {(exc.text or '').strip()}")
    try:
        mro = [c.__name__ for c in type(exc).__mro__]
    except BaseException:
        mro = []
    return {
        "type": _safe_str(type(exc).__name__),
        "mro": mro,
        "message": _safe_str(exc),
        "traceback": "\n".join(lines),
        "recursion": isinstance(exc, RecursionError),
        # set on an exception a judge's function raised in the submission: the very object came back
        "token": _token(exc),
    }


def _token(exc: BaseException):
    try:
        token = exc.__dict__.get("_kata_token")
    except BaseException:
        return None
    return token if type(token) is str else None


def main() -> None:
    cfg = json.loads(sys.argv[1])
    sys.setrecursionlimit(cfg.get("recursion_limit", 1000))
    _set_limits(cfg)
    if cfg.get("drop_to"):
        uid, gid = cfg["drop_to"]
        os.setgroups([])
        os.setgid(gid)
        os.setuid(uid)
        if os.getuid() != uid or os.geteuid() != uid:
            os._exit(70)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(line_buffering=True)
        except (AttributeError, ValueError):
            pass
    harness = Harness(cfg)
    sys.argv = [cfg["submission"]]
    harness.serve()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
