"""`kata ci init`: the GitHub Actions workflow it writes, parsed as YAML and checked step by
step; every `kata grade` command in it is parsed by the real command line."""

import glob
import re
import shlex
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from judge import __version__
from judge.cli import main
from judge.grade.cli import grade


INSTALL = f"kata-judge=={__version__}"


def init(tmp_path: Path, *args: str):
    """`kata ci init` with --install given (this checkout's own install record names a folder
    that a runner cannot reach; test_install.py covers the derivation)."""
    install = [] if "--install" in args else ["--install", INSTALL]
    result = CliRunner().invoke(main, ["ci", "init", "--output", str(tmp_path / "wf.yml"), *install, *args])
    return result, tmp_path / "wf.yml"


def load(path: Path) -> dict:
    doc = yaml.safe_load(path.read_text())
    doc["on"] = doc.pop(True, doc.get("on"))  # YAML 1.1 reads the key `on` as true
    return doc


def step(job: dict, uses_or_name: str) -> dict:
    found = [s for s in job["steps"] if s.get("uses", "").startswith(uses_or_name) or s.get("name") == uses_or_name]
    assert len(found) == 1, (uses_or_name, [s.get("name") for s in job["steps"]])
    return found[0]


def commands(job: dict) -> list[list[str]]:
    """Every `kata grade …` command in the job, as argv (after the `sudo … env PATH=…` that runs
    the judge as root), with GitHub expressions filled in."""
    found = []
    for s in job["steps"]:
        text = s.get("run", "").replace("\\\n", " ").replace("${{ matrix.shard }}", "1")
        for line in text.splitlines():
            argv = shlex.split(line)
            if argv[:3] == ["sudo", "--preserve-env", "env"] and argv[3] == "PATH=$PATH":
                argv = argv[4:]
            if argv[:2] == ["kata", "grade"]:
                found.append(argv)
    return found


def parses(argv: list[str], tmp_path: Path) -> dict:
    """Parse with the real `kata grade` CLI (without running it): every option must exist and be valid."""
    assert argv[:2] == ["kata", "grade"]
    args = argv[2:]
    if args[0] == "merge":
        shards = tmp_path / "kata-shard"
        shards.mkdir(exist_ok=True)
        (shards / "shard-1.json").write_text("{}")
        args = ["merge", *[a for pattern in args[1:] for a in (sorted(glob.glob(str(tmp_path / pattern))) or [pattern])]]
        ctx = grade.commands["merge"].make_context("kata grade merge", args[1:])
    else:
        ctx = grade.commands[grade.default].make_context("kata grade", args)
    return ctx.params


BUBBLEWRAP = "Install bubblewrap (the sandbox's filesystem and network layers)"
DOCTOR = "Check every sandbox layer (KATA_SANDBOX=full fails the run if one is missing)"


def test_single_job_workflow(tmp_path):
    result, path = init(tmp_path)
    assert result.exit_code == 0 and "one job" in result.stdout
    doc = load(path)
    assert set(doc["on"]) == {"push", "pull_request", "workflow_dispatch"}
    assert doc["permissions"] == {"contents": "read"}
    assert doc["env"]["KATA_INSTALL"] == f"kata-judge=={__version__}"
    assert list(doc["jobs"]) == ["grade"]
    job = doc["jobs"]["grade"]
    assert job["runs-on"] == "ubuntu-latest"
    names = [s.get("uses", s.get("name")).split("@")[0] for s in job["steps"]]
    assert names == ["actions/checkout", "actions/setup-python", "Install kata (the hidden tests come with it)",
                     BUBBLEWRAP, DOCTOR, "actions/cache", "Grade", "Write the job summary", "actions/upload-artifact"]
    assert step(job, "Install kata (the hidden tests come with it)")["run"] == 'python -m pip install "$KATA_INSTALL"'
    cache = step(job, "actions/cache")["with"]
    assert cache["path"] == ".kata-cache" and "${{ github.run_id }}" in cache["key"]
    assert cache["restore-keys"].splitlines() == ["kata-grade-${{ runner.os }}-"]
    [command] = commands(job)
    params = parses(command, tmp_path)
    assert params["cache_dir"] == Path(".kata-cache") and params["jobs"] == 2 and params["layout"] == "auto"
    assert {params[k].as_posix() for k in ("junit", "json_file", "markdown", "html", "csv_file")} == {
        "kata-report/junit.xml", "kata-report/results.json", "kata-report/summary.md", "kata-report/site/index.html",
        "kata-report/results.csv"}
    assert params["annotations"] == "."  # each member's file not accepted is annotated, relative to the repository
    summary = step(job, "Write the job summary")
    assert summary["run"] == 'cat kata-report/summary.md >> "$GITHUB_STEP_SUMMARY"' and summary["if"].startswith("always()")
    upload = step(job, "actions/upload-artifact")
    assert upload["if"] == "always()" and upload["with"]["path"] == "kata-report/"


def test_sharded_workflow_with_a_merge_job_and_thresholds(tmp_path):
    result, path = init(tmp_path, "--shards", "3", "--fail-under", "60", "--require-accepted", "--layout", "kata-member",
                        "--root", "solutions dir", "--jobs", "4")
    assert result.exit_code == 0, result.stderr
    doc = load(path)
    grade_job, merge_job = doc["jobs"]["grade"], doc["jobs"]["merge"]
    assert grade_job["strategy"] == {"fail-fast": False, "matrix": {"shard": [1, 2, 3]}}
    [shard_command] = commands(grade_job)
    params = parses(shard_command, tmp_path)
    assert str(params["shard"]) == "1/3" and params["root"] == Path("solutions dir") and params["jobs"] == 4
    assert params["fail_under"] is None and not params["require_accepted"]  # thresholds belong to the merged board
    assert "${{ matrix.shard }}" in step(grade_job, "actions/cache")["with"]["key"]
    upload = step(grade_job, "actions/upload-artifact")["with"]
    assert upload["name"] == "kata-shard-${{ matrix.shard }}"
    assert merge_job["needs"] == "grade" and merge_job["if"] == "always()"
    download = step(merge_job, "actions/download-artifact")["with"]
    assert download == {"pattern": "kata-shard-*", "path": "kata-shard", "merge-multiple": True}
    [merge_command] = commands(merge_job)
    merged = parses(merge_command, tmp_path)
    assert merged["files"] == (tmp_path / "kata-shard" / "shard-1.json",) and merged["fail_under"] == 60 and merged["require_accepted"]
    step(merge_job, "Write the job summary")
    step(merge_job, "actions/upload-artifact")
    step(grade_job, DOCTOR)
    assert [s.get("name") for s in merge_job["steps"] if s.get("name") in (BUBBLEWRAP, DOCTOR)] == []  # merging runs no code


def test_members_code_runs_with_every_sandbox_layer_or_not_at_all(tmp_path):
    """The full sandbox, as on a laptop with bubblewrap as root: bubblewrap installed, every
    layer proven by `kata doctor` before grading, and the judge run as root (the uid layer drops
    each submission to an unprivileged user; the cgroup layer needs root to make its groups)."""
    _, path = init(tmp_path)
    doc = load(path)
    assert doc["env"]["KATA_SANDBOX"] == "full"
    job = doc["jobs"]["grade"]
    assert step(job, BUBBLEWRAP)["run"] == "sudo apt-get update -qq && sudo apt-get install -y -qq bubblewrap"
    assert shlex.split(step(job, DOCTOR)["run"]) == ["sudo", "--preserve-env", "env", "PATH=$PATH", "kata", "doctor"]
    grade_run = step(job, "Grade")["run"]
    assert grade_run.startswith('sudo --preserve-env env "PATH=$PATH" kata grade')
    names = [s.get("name") for s in job["steps"]]
    assert names.index(BUBBLEWRAP) < names.index(DOCTOR) < names.index("Grade")


def test_pages_job(tmp_path):
    result, path = init(tmp_path, "--pages")
    assert ("for the scoreboard page: in the repository's Settings > Pages, under 'Build and deployment', "
            "set Source to 'GitHub Actions'") in result.stdout
    doc = load(path)
    pages = doc["jobs"]["pages"]
    assert pages["needs"] == "grade" and pages["permissions"] == {"pages": "write", "id-token": "write"}
    assert "default_branch" in pages["if"] and pages["environment"]["name"] == "github-pages"
    assert step(pages, "actions/deploy-pages")["id"] == "deploy"
    assert step(doc["jobs"]["grade"], "actions/upload-pages-artifact")["with"]["path"] == "kata-report/site"


@pytest.mark.parametrize("args", [[], ["--shards", "2", "--pages"]])
def test_every_action_is_pinned_to_a_major_version(tmp_path, args):
    _, path = init(tmp_path, *args)
    uses = re.findall(r"uses: (\S+)", path.read_text())
    assert uses and all(re.fullmatch(r"actions/[a-z-]+@v\d+", u) for u in uses)


def test_an_existing_workflow_is_kept_unless_forced(tmp_path):
    path = tmp_path / "wf.yml"
    path.write_text("mine\n")
    result, _ = init(tmp_path)
    assert result.exit_code == 2 and "already exists; it was left as it is. Pass --force" in result.stderr
    assert path.read_text() == "mine\n"
    result, _ = init(tmp_path, "--force", "--install", "git+https://example.org/kata@v1")
    assert result.exit_code == 0 and load(path)["env"]["KATA_INSTALL"] == "git+https://example.org/kata@v1"


def test_default_path_is_the_github_workflows_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["ci", "init", "--install", INSTALL])
    assert result.exit_code == 0 and (tmp_path / ".github" / "workflows" / "kata-grade.yml").is_file()
