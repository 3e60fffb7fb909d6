"""Shared by the hostile corpus test and its benchmark: the corpus, a kata with short
limits, and the checks that nothing escaped."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import sys
import sysconfig
import threading
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "hostile"
LISTEN_PORT = 47653
POISON_NAMES = ("conftest.py", "sitecustomize.py", "kata_poison.pth", "kata-pwned")


@dataclass(frozen=True)
class Entry:
    path: Path
    expect: str
    needs: tuple[str, ...]
    kata: str = "pair-sum"  # '# kata: <slug>': the kata it is judged against
    limits: tuple[tuple[str, str], ...] = ()  # '# limits: judging_s = 4, group_s = 3': tighter still

    @property
    def name(self) -> str:
        return self.path.stem


def corpus() -> list[Entry]:
    entries = []
    for path in sorted(CORPUS.glob("*.py")):
        head = path.read_text().split('"""', 1)[0]
        expect = re.search(r"^# expect: (\w+)", head, re.M)
        needs = re.search(r"^# needs: ([\w ,]+)", head, re.M)
        kata = re.search(r"^# kata: ([\w-]+)", head, re.M)
        limits = re.search(r"^# limits: (.+)$", head, re.M)
        assert expect, f"{path} has no '# expect: <verdict>' line"
        entries.append(Entry(
            path,
            expect.group(1),
            tuple(n.strip() for n in needs.group(1).split(",")) if needs else (),
            kata.group(1) if kata else "pair-sum",
            tuple(tuple(part.strip() for part in item.split("=")) for item in limits.group(1).split(",")) if limits else (),
        ))
    return entries


def short_limits_kata(tmp: Path, slug: str = "pair-sum", limits: tuple[tuple[str, str], ...] = ()):
    """A copy of a kata (pair-sum unless told) whose limits make a hang cost seconds, not
    minutes; `limits` (key, value) pairs replace or add [limits] keys."""
    from judge.model import load_kata

    target = tmp / slug
    shutil.copytree(ROOT / "katas" / slug, target)
    toml = target / "kata.toml"
    text = toml.read_text().replace("call_s = 10", "call_s = 2\nimport_s = 3\nmemory_mb = 512\noutput_kb = 256")
    text = text.replace("group_s = 120", "group_s = 60")
    for key, value in limits:
        line = f"{key} = {value}"
        text, found = re.subn(rf"^{key} = .*$", line, text, flags=re.M)
        if not found:
            text = text.replace("[limits]\n", f"[limits]\n{line}\n", 1)
    toml.write_text(text)
    return load_kata(target)


class Listener:
    """A TCP listener on the judge's loopback: any connection means the sandbox had network.

    The port is shared (SO_REUSEPORT) so that two suites on one machine (a fresh clone's next to
    a working copy's) can both listen: a connection that the kernel hands to the other suite's
    listener still shows here, since network_access.py sabotages its answers once it gets through
    and its verdict is then wrong_answer, not accepted."""

    def __init__(self) -> None:
        self.connections = 0
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self.sock.bind(("127.0.0.1", LISTEN_PORT))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
                self.connections += 1
                conn.close()
            except OSError:
                pass

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.sock.close()


def _tree_digest(root: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def snapshot(kata_dir: Path, world_writable: bool = True) -> dict:
    """What a hostile submission must not be able to change: the hidden tests and reference (the
    copy being judged and the shipped ones), and the places a poisoner would write to. Without
    the filesystem view, uid nobody can write where everyone can (/tmp): `world_writable=False`
    leaves it out, and `sweep_world_writable` removes what nobody left there."""
    places = {*([Path("/tmp")] if world_writable else []), Path.home(), Path(sysconfig.get_paths()["purelib"]), Path(sys.base_prefix) / "lib", CORPUS, ROOT,
              ROOT / "judge" / "sandbox" / "child"}  # on the child's sys.path: a sitecustomize.py there poisons every child
    listing = {}
    for place in places:
        try:
            listing[str(place)] = sorted(p.name for p in place.iterdir() if p.name in POISON_NAMES or p.suffix == ".pth")
        except OSError:
            listing[str(place)] = None
    katas = {str(d): _tree_digest(d) for d in (kata_dir, ROOT / "katas" / "pair-sum", ROOT / "katas" / "lru")}
    return {"katas": katas, "listing": listing, "env": os.environ.get("KATA_POISONED")}


def sweep_world_writable() -> None:
    """Remove the poisoner's files that uid nobody wrote in /tmp (a judging without the view)."""
    from judge.sandbox.layers import UNPRIVILEGED

    for path in Path("/tmp").iterdir():
        try:
            if (path.name in POISON_NAMES or path.suffix == ".pth") and path.lstat().st_uid == UNPRIVILEGED:
                path.unlink()
        except OSError:
            pass


def leftover_processes() -> list[str]:
    """Processes started by this judge's sandboxes (marked KATA_JUDGE_PID=<this pid>) still alive.
    Other judgings on the machine, and this process's other children, are not counted."""
    me = os.getpid()
    marker = f"KATA_JUDGE_PID={me}".encode()
    left = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            status = (entry / "status").read_text()
            environ = (entry / "environ").read_bytes()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if re.search(r"^State:\s+Z", status, re.M):
            continue
        if marker in environ.split(b"\0"):
            left.append(f"{entry.name}: {cmdline[:80]!r}")
    return left


def leftover_cgroups() -> list[str]:
    """This judge's cgroups still present (a scan that tolerates one vanishing under it)."""
    found = []
    for base in Path("/sys/fs/cgroup").iterdir():
        try:
            found += [str(p) for p in base.glob(f"**/kata-{os.getpid()}-*") if p.is_dir()]
        except OSError:
            continue
    return found[:5]


def leftover_scratch() -> list[str]:
    """This judge's scratch folders (kata-run-<pid>-…) still on disk or still mounted."""
    import tempfile

    prefix = f"kata-run-{os.getpid()}-"
    folders = [str(p) for p in Path(tempfile.gettempdir()).glob(prefix + "*")]
    mounts = [line.split()[1] for line in Path("/proc/self/mounts").read_text().splitlines() if prefix in line]
    return (folders + mounts)[:5]
