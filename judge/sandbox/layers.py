"""Which isolation layers this machine gives the solution process, detected once per process.

A layer is active only when a child has run through it: bubblewrap makes its namespaces,
and uid nobody starts the interpreter (inside the view when there is one) and imports what
the harness needs. Permission bits alone lied: a Python under /root (mode 700) looked
readable, and every submission then failed to import as compile_error.

1. always: its own process, plain-data replies, a wall-clock timer, rlimits, a new session;
2. Linux primitives where permitted: a cgroup (memory, pids, kill-all, OOM counter),
   an unprivileged uid when the judge runs as root, one pinned core;
3. a filesystem view with bubblewrap: read-only system, private /tmp, only the scratch
   folder, new pid, network, ipc and uts namespaces.

`KATA_SANDBOX=minimal` turns layers 2 and 3 off (to measure their overhead);
`KATA_SANDBOX=full` makes a missing layer an error rather than a degradation (CI).
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import cgroup, scratch
from .view import SANDBOX_PREFIX, interpreter, interpreter_prefix, sandboxed_interpreter  # noqa: F401 (re-exported)

UNPRIVILEGED = 65534  # nobody / nogroup


@dataclass(frozen=True)
class Layer:
    name: str
    active: bool
    detail: str


@dataclass(frozen=True)
class Layers:
    items: tuple[Layer, ...]

    def active(self, name: str) -> bool:
        return any(layer.name == name and layer.active for layer in self.items)

    @property
    def missing(self) -> list[Layer]:
        return [layer for layer in self.items if not layer.active]

    def summary(self) -> str:
        if not self.missing:
            return "sandbox: all layers active"
        return "sandbox: running without " + "; ".join(f"{l.name} ({l.detail})" for l in self.missing) + " — see 'kata doctor'"


def _bwrap_probe() -> tuple[bool, str]:
    exe = shutil.which("bwrap")
    if exe is None:
        return False, "bubblewrap is not installed (Debian: apt-get install bubblewrap)"
    from .view import bwrap_command

    cmd = bwrap_command(None, None) + [sandboxed_interpreter(), "-S", "-c", "pass"]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, f"bubblewrap did not run: {exc}"
    if done.returncode != 0:
        return False, f"bubblewrap cannot make namespaces here: {done.stderr.decode(errors='replace').strip()[:200]}"
    return True, f"{exe}: read-only system, private /tmp, scratch folder only; new pid, network, ipc and uts namespaces"


# What the harness imports after it has dropped to the unprivileged uid: its own modules and
# the standard library they use. The catalogue's support code adds its own imports (below).
HARNESS_IMPORTS = (
    "json", "base64", "struct", "resource", "tracemalloc", "random", "hashlib", "gc", "traceback", "types",
    "kata_harness", "kata_protocol", "kata_probes", "kata_leetcode",
)

# Run by the probe child: import every module named in argv[1], as the unprivileged uid, then
# read the submission's copy in a scratch folder made as Sandbox.start makes one (argv[3]) and
# write beside it. With the view, bwrap cannot be given a preexec function, so the child drops
# itself first, exactly as the harness does (setgroups, setgid, setuid), before anything else.
_PROBE = """\
import os, sys
if sys.argv[2] == "drop":
    os.setgroups([]); os.setgid({uid}); os.setuid({uid})
if os.getuid() != {uid} or os.geteuid() != {uid}:
    sys.exit("still uid " + str(os.geteuid()))
for name in sys.argv[1].split(","):
    try:
        __import__(name)
    except BaseException as exc:
        sys.exit("import " + name + ": " + type(exc).__name__ + ": " + str(exc))
try:
    open(os.path.join(sys.argv[3], "solution.py")).read()
    open(os.path.join(sys.argv[3], "written.txt"), "w").close()
except OSError as exc:
    sys.exit("scratch: " + type(exc).__name__ + ": " + str(exc))
"""


def support_imports() -> tuple[str, ...]:
    """Top-level modules the catalogue's support code imports (it runs in the solution process).
    Parsed, not scanned: a word after 'from' in a docstring must not become a failed import."""
    import ast

    from ..catalogue import katas_root

    names: set[str] = set()
    try:
        files = sorted(katas_root().glob("*/support.py"))
    except OSError:
        files = []
    for path in files:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
    names.discard("__future__")
    # the standard library only: a shared package (numpy) is proven by its own probe (packages.py),
    # and its absence must not read as the uid layer failing
    return tuple(sorted(n for n in names if n in sys.stdlib_module_names))


def _drop_privileges() -> None:  # preexec: the harness's own drop, before the interpreter starts
    os.setgroups([])
    os.setgid(UNPRIVILEGED)
    os.setuid(UNPRIVILEGED)


def _closed_folder(path: Path) -> str:
    """The first folder above `path` that others cannot enter, said for a person ('' if none)."""
    for folder in [*reversed(path.parents), path]:
        try:
            mode = os.stat(folder).st_mode
        except OSError:
            continue
        if not mode & 0o001:
            return f"{folder} is mode {mode & 0o777:o}"
    return ""


def _uid_probe(view: bool) -> tuple[bool, str]:
    """Prove the uid layer by running a child through it: the interpreter, started the way
    Sandbox.start starts it (same command, same PYTHONPATH, through the bubblewrap view when
    there is one), as uid nobody, importing everything the harness and the support code need
    and using a scratch folder made where the judge makes them. Permission bits are not
    enough: a folder above the prefix or the temp folder (/root, mode 700) can close it."""
    from .view import CHILD_DIR, VIEW_SITE, bwrap_command

    modules = ",".join(dict.fromkeys(HARNESS_IMPORTS + support_imports()))
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONNOUSERSITE": "1", "PYTHONSAFEPATH": "1", "HOME": "/"}
    code = _PROBE.format(uid=UNPRIVILEGED)
    scratch = Path(tempfile.mkdtemp(prefix=f"kata-run-{os.getpid()}-"))  # named so a reaper knows whose it is
    try:
        work = scratch / "work"
        work.mkdir()
        (work / "solution.py").write_text("pass\n")
        os.chmod(work / "solution.py", 0o644)
        os.chmod(scratch, 0o755)
        os.chown(work, UNPRIVILEGED, UNPRIVILEGED)
        if view:
            env["PYTHONPATH"] = f"/kata/harness:{VIEW_SITE}"
            cmd = bwrap_command(work, None) + [sandboxed_interpreter(), "-s", "-c", code, modules, "drop", "/kata/work"]
            preexec = None
        else:
            env["PYTHONPATH"] = str(CHILD_DIR)
            cmd = [sys.executable, "-s", "-c", code, modules, "started-as-nobody", str(work)]
            preexec = _drop_privileges
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=20, env=env, cwd="/", preexec_fn=preexec)
            error = done.stderr.decode(errors="replace").strip().splitlines()[-1:] if done.returncode else None
        except (OSError, subprocess.SubprocessError) as exc:
            error = [f"{type(exc).__name__}: {exc}"]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if error is None:
        where = " inside the bubblewrap view" if view else ""
        return True, f"switches to uid {UNPRIVILEGED} before the submission is imported (proven: it ran the harness's imports{where})"
    why = (error or ["the probe failed without a word"])[0][:200]
    fallback = "the submission runs as the judge's user"
    if view:
        return False, f"uid {UNPRIVILEGED} cannot run the interpreter inside the bubblewrap view ({why}); {fallback}"
    if why.startswith("scratch:"):
        closed = _closed_folder(scratch.parent) or why
        return False, (f"uid {UNPRIVILEGED} cannot reach the scratch folders in {scratch.parent} ({closed}); {fallback} "
                       "(set TMPDIR to a folder others can enter, such as /tmp)")
    closed = _closed_folder(Path(sys.executable).parent) or _closed_folder(interpreter_prefix()) or why
    return False, (f"the interpreter under {interpreter_prefix()} is not readable by uid {UNPRIVILEGED} ({closed}); "
                   f"{fallback} (install bubblewrap, or use a Python others can read)")


def refusal() -> str | None:
    """Why the judge must not judge: KATA_SANDBOX=full (CI) with a layer missing; else None."""
    found = detect()
    if require_full() and found.missing:
        return f"KATA_SANDBOX=full, but {found.summary()}"
    return None


def _uid_layer(view: bool) -> Layer:
    if os.geteuid() != 0:
        return Layer("uid", False, f"not root: the submission runs as your own user (uid {os.geteuid()})")
    ok, why = _uid_probe(view)
    return Layer("uid", ok, why)


@functools.lru_cache(maxsize=1)
def detect() -> Layers:
    mode = os.environ.get("KATA_SANDBOX", "auto")
    items = [
        Layer("process", True, "own process, plain-data replies, wall-clock timer, rlimits (CPU, memory, file size, open files, core 0), new session"),
    ]
    if mode == "minimal":
        off = "turned off by KATA_SANDBOX=minimal"
        items += [Layer(n, False, off) for n in ("cgroup", "uid", "core", "filesystem", "network", "disk")]
        return Layers(tuple(items))
    ok, why = cgroup.probe()
    items.append(Layer("cgroup", ok, why if ok else why))
    ok, why = _bwrap_probe()  # first: the uid layer is proven through the view when there is one
    filesystem = Layer("filesystem", ok, why)
    items.append(_uid_layer(view=ok))
    try:
        cores = sorted(os.sched_getaffinity(0))
        items.append(Layer("core", len(cores) > 1, f"pinned to core {cores[0]}; measurements on core {cores[-1]}" if len(cores) > 1 else "only one core"))
    except (AttributeError, OSError):
        items.append(Layer("core", False, "no sched_setaffinity"))
    items.append(filesystem)
    items.append(Layer("network", filesystem.active, "new network namespace (no route out)" if filesystem.active else "needs bubblewrap's network namespace"))
    ok, why = scratch.probe(view=filesystem.active)
    items.append(Layer("disk", ok, why))
    return Layers(tuple(items))


def _cores() -> list[int]:
    try:
        return sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return []


def measuring_core() -> int | None:
    """The core the complexity engine measures on (submission and reference alike): the last one.
    Only one measurement holds it at a time (complexity/lock.py)."""
    cores = _cores()
    return cores[-1] if len(cores) > 1 else None


def pinned_core() -> int | None:
    """The core every other solution process is pinned to: the first one, so that correctness
    tests of a parallel judging never run on the core where another judging is measuring."""
    cores = _cores()
    return cores[0] if len(cores) > 1 else None


def require_full() -> bool:
    return os.environ.get("KATA_SANDBOX") == "full"
