"""The README's "Fresh machine" commands work, as written, in a fresh copy of the project:
a new virtual environment, `pip install -e '.[test]'`, and a real verdict at once.

Slow (a venv and a pip install from the package index): run by `.ci/run` with `-m slow`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def readme_commands() -> list[str]:
    """The shell blocks of the README's "Fresh machine" section, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Fresh machine", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", section, re.S)]


def fresh_copy(target: Path) -> Path:
    """The project as a clone would have it (tracked and new files; no venv, no build output)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for rel in filter(None, listed):
        source = ROOT / rel
        if source.is_file():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / rel)
    return target


def fresh_env(home: Path) -> dict:
    """This machine's environment without this test run's virtual environment."""
    venv = os.environ.get("VIRTUAL_ENV") or sys.prefix
    path = [p for p in os.environ.get("PATH", "").split(os.pathsep) if not p.startswith(venv)]
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME") and not k.startswith("KATA_")}
    if os.environ.get("KATA_SANDBOX"):
        env["KATA_SANDBOX"] = os.environ["KATA_SANDBOX"]  # CI's full sandbox applies here too
    return {**env, "PATH": os.pathsep.join(path), "PIP_DISABLE_PIP_VERSION_CHECK": "1", "KATA_GRADE_CACHE": str(home / "cache")}


def test_the_readme_fresh_machine_commands_work(tmp_path):
    install, tests = readme_commands()[:2]
    assert "pip install -e '.[test]'" in install and "kata judge lru" in install
    assert tests == "python -m pytest"
    project = fresh_copy(tmp_path / "kata")
    env = fresh_env(tmp_path)

    done = subprocess.run(["bash", "-c", install], cwd=project, env=env, capture_output=True, text=True, timeout=900)
    # the README promises a real verdict at once: wrong_answer (exit 1: judged, not accepted)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "wrong_answer" in done.stdout and "get(" in done.stdout, done.stdout + done.stderr

    activate = ". .venv/bin/activate && "
    accepted = subprocess.run(["bash", "-c", activate + "kata judge lru katas/lru/submissions/accepted/reference.py"],
                              cwd=project, env=env, capture_output=True, text=True, timeout=600)
    assert accepted.returncode == 0 and "accepted" in accepted.stdout, accepted.stdout + accepted.stderr

    # "python -m pytest" in the same environment: every test module imports (the test extras
    # are installed), and a quick file of them passes. (The whole suite is this run itself.)
    collected = subprocess.run(["bash", "-c", activate + tests + " --collect-only -q"], cwd=project, env=env,
                               capture_output=True, text=True, timeout=600)
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-3000:]
    assert re.search(r"\d+ tests collected", collected.stdout), collected.stdout[-2000:]
    quick = subprocess.run(["bash", "-c", activate + tests + " -q tests/test_verdict.py"], cwd=project, env=env,
                           capture_output=True, text=True, timeout=600)
    assert quick.returncode == 0 and " passed" in quick.stdout, quick.stdout[-3000:] + quick.stderr[-3000:]
