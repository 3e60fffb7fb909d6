"""The sandbox's layers on fresh machines: each case is forced (bubblewrap hidden from PATH,
the interpreter in a folder only root can enter, Python under /usr, bubblewrap present),
`kata doctor` must tell the truth about it, and the shipped reference of pair-sum must be
accepted in every case. A layer is active only if a child proved it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from judge.sandbox import layers

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "katas" / "pair-sum" / "submissions" / "accepted" / "reference.py"
CHILD_DIR = ROOT / "judge" / "sandbox" / "child"
ROOT_ONLY = pytest.mark.skipif(os.geteuid() != 0, reason="the uid layer exists only when the judge runs as root")


def _path_without_bwrap(tmp_path: Path) -> str:
    """A PATH with every command of this machine but bubblewrap (a machine without it)."""
    folder = tmp_path / "bin"
    folder.mkdir(exist_ok=True)
    for directory in ("/usr/local/bin", "/usr/bin", "/bin"):
        for tool in Path(directory).iterdir() if Path(directory).is_dir() else ():
            if tool.name != "bwrap" and not os.path.lexists(folder / tool.name):  # a link to a link (X11 -> .) too
                (folder / tool.name).symlink_to(tool)
    return str(folder)


def _env(tmp_path: Path, path: str | None = None, sandbox: str = "auto", pythonpath: bool = False,
         temp: Path | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KATA_", "PYTHON"))}
    if temp is None:
        temp = tmp_path / "tmp"
        temp.mkdir(exist_ok=True)
    env.update(KATA_SANDBOX=sandbox, TMPDIR=str(temp), KATA_WORKSPACE=str(tmp_path / "solutions"), COLUMNS="200")
    if path is not None:
        env["PATH"] = path
    if pythonpath:  # an interpreter other than this venv's: the judge and its dependencies from here
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), sysconfig.get_paths()["purelib"]])
    return env


def _kata(python: str, args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([python, "-m", "judge.cli", *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=600)


def _doctor(python: str, env: dict) -> dict:
    done = _kata(python, ["doctor", "--format", "json"], env)
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    return {layer["name"]: layer for layer in report["layers"]} | {"summary": report["summary"], "exit": done.returncode}


def _accepted(python: str, env: dict) -> subprocess.CompletedProcess:
    done = _kata(python, ["judge", "pair-sum", str(REFERENCE), "--format", "json"], env)
    assert json.loads(done.stdout)["verdict"] == "accepted", done.stdout + done.stderr
    assert done.returncode == 0
    return done


def _drop() -> None:
    os.setgroups([])
    os.setgid(layers.UNPRIVILEGED)
    os.setuid(layers.UNPRIVILEGED)


def _nobody_can_import_the_harness(python: str) -> bool:
    """Independently of layers.py: can uid nobody start this interpreter and import the harness?"""
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(CHILD_DIR), "PYTHONSAFEPATH": "1"}
    try:
        done = subprocess.run([python, "-s", "-c", "import base64, json, struct, kata_protocol, kata_harness"],
                              env=env, cwd="/", preexec_fn=_drop, capture_output=True)
    except PermissionError:  # nobody cannot even reach the interpreter (exec failed)
        return False
    return done.returncode == 0


@ROOT_ONLY
def test_the_uid_verdict_follows_from_running_a_child_as_nobody():
    ok, detail = layers._uid_probe(view=False)
    assert ok == _nobody_can_import_the_harness(sys.executable), detail
    if not ok:
        assert f"is not readable by uid {layers.UNPRIVILEGED}" in detail


def test_without_bubblewrap(tmp_path, public_temp):
    """bubblewrap is not on PATH: no filesystem or network layer, the uid layer only if nobody can
    run this interpreter (not on a machine whose Python lives under a closed /root), and the
    reference is accepted whatever the case."""
    env = _env(tmp_path, path=_path_without_bwrap(tmp_path), temp=public_temp)
    doctor = _doctor(sys.executable, env)
    assert not doctor["filesystem"]["active"] and "bubblewrap is not installed" in doctor["filesystem"]["detail"]
    assert not doctor["network"]["active"]
    if os.geteuid() == 0:
        assert doctor["uid"]["active"] == _nobody_can_import_the_harness(sys.executable), doctor["uid"]
    assert doctor["exit"] == 0  # auto: missing layers are a degradation, not an error
    _accepted(sys.executable, env)
    # CI's mode refuses to judge without every layer, and says why
    full = _env(tmp_path, path=env["PATH"], sandbox="full", temp=public_temp)
    assert _doctor(sys.executable, full)["exit"] == 1
    refused = _kata(sys.executable, ["judge", "pair-sum", str(REFERENCE)], full)
    assert refused.returncode == 3 and "KATA_SANDBOX=full" in refused.stdout + refused.stderr


@ROOT_ONLY
def test_interpreter_in_a_folder_only_root_can_enter(tmp_path):
    """The case of a Python under /root (mode 700) without bubblewrap, forced on any machine: the
    interpreter is reached through a folder of mode 700. The uid layer is missing with the
    reason, the judge runs the submission as its own user and says so, and judges correctly."""
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    python = private / "python3"
    python.symlink_to(os.path.realpath(sys.executable))
    env = _env(tmp_path, path=_path_without_bwrap(tmp_path), pythonpath=True)
    assert not _nobody_can_import_the_harness(str(python))  # the forced case really is one

    doctor = _doctor(str(python), env)
    uid = doctor["uid"]
    assert not uid["active"]
    assert f"is not readable by uid {layers.UNPRIVILEGED}" in uid["detail"] and "is mode 700" in uid["detail"]
    assert "the submission runs as the judge's user" in uid["detail"]
    judged = _accepted(str(python), env)
    text = _kata(str(python), ["judge", "pair-sum", str(REFERENCE)], env)
    summary = [line for line in text.stderr.splitlines() if line.startswith("sandbox:")]
    assert len(summary) == 1 and "uid (" in summary[0] and "not readable" in summary[0], text.stderr
    assert judged.returncode == 0


@ROOT_ONLY
@pytest.mark.skipif(not Path("/usr/bin/python3").exists(), reason="no Python under /usr")
def test_python_under_usr(tmp_path, public_temp):
    """A system Python, readable by everyone: the uid layer is proven without bubblewrap — as
    long as nobody can also reach the scratch folders, which live in TMPDIR."""
    python = "/usr/bin/python3"
    version = subprocess.run([python, "-c", "import sys; print(tuple(sys.version_info[:2]))"], capture_output=True, text=True).stdout
    if version.strip() != str(tuple(sys.version_info[:2])):
        pytest.skip(f"/usr/bin/python3 is {version.strip()}, this venv's packages are for {sys.version_info[:2]}")
    path = _path_without_bwrap(tmp_path)
    env = _env(tmp_path, path=path, pythonpath=True, temp=public_temp)
    doctor = _doctor(python, env)
    assert doctor["uid"]["active"] == _nobody_can_import_the_harness(python), doctor["uid"]
    assert doctor["uid"]["active"], "everyone can read /usr: the uid layer should be proven"
    assert "proven" in doctor["uid"]["detail"]
    _accepted(python, env)

    private = tmp_path / "private-tmp"  # under pytest's folder of mode 700
    private.mkdir()
    env = _env(tmp_path, path=path, pythonpath=True, temp=private)
    uid = _doctor(python, env)["uid"]
    assert not uid["active"] and "cannot reach the scratch folders" in uid["detail"], uid
    _accepted(python, env)


@pytest.mark.skipif(shutil.which("bwrap") is None, reason="bubblewrap is not installed")
def test_with_bubblewrap(tmp_path):
    """With bubblewrap the interpreter's prefix is mounted at /opt/kata-python in the view, so
    uid nobody can run it even when the prefix lives under a closed /root: as root, every layer
    is achievable, and CI's KATA_SANDBOX=full judges."""
    env = _env(tmp_path)
    doctor = _doctor(sys.executable, env)
    if not doctor["filesystem"]["active"]:
        pytest.skip(f"bubblewrap cannot make namespaces here: {doctor['filesystem']['detail']}")
    assert doctor["network"]["active"]
    if os.geteuid() == 0:
        assert doctor["uid"]["active"] and "inside the bubblewrap view" in doctor["uid"]["detail"], doctor["uid"]
    _accepted(sys.executable, env)
    full = _env(tmp_path, sandbox="full")
    everything = _doctor(sys.executable, full)
    assert everything["exit"] == (1 if any(not v["active"] for k, v in everything.items() if isinstance(v, dict)) else 0)
    if everything["exit"] == 0:
        _accepted(sys.executable, full)


def test_without_a_cgroup_a_cheap_reference_is_measured_not_taken_as_free(tmp_path):
    """KATA_SANDBOX=minimal, as on a laptop without root: no cgroup, so CPU time is each process's
    own clock read from outside. palindrome's reference costs microseconds per call; in 10 ms
    ticks it came out "0.00 µs" and an honest O(n) submission was judged infinitely slower."""
    env = _env(tmp_path, sandbox="minimal")
    doctor = json.loads(_kata(sys.executable, ["doctor", "--format", "json"], env).stdout)
    assert doctor["cpu_time"]["exact"] and "each process's own CPU clock" in doctor["cpu_time"]["detail"]
    honest = ROOT / "katas" / "palindrome" / "submissions" / "accepted" / "two_generators.py"
    done = _kata(sys.executable, ["judge", "palindrome", str(honest), "--format", "json"], env)
    result = json.loads(done.stdout)
    assert result["verdict"] == "accepted", done.stdout
    performance = next(g for g in result["groups"] if g["name"] == "performance")
    for test, figures in performance["figures"].items():
        assert min(figures["reference_s"]) > 1e-7, (test, figures["reference_s"])
