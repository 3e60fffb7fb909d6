"""`kata ci init`: a GitHub Actions workflow for a study group's repository.

It installs kata (as `judge.grade.install` derives from how it was installed here) and
bubblewrap, proves every sandbox layer with `kata doctor` under KATA_SANDBOX=full (a
missing layer fails the run instead of weakening it), restores the grading cache, grades
(in one job, or as a matrix of shards with a merge job), uploads the JUnit and HTML
reports, writes the Markdown summary, and optionally publishes the HTML page with GitHub
Pages. The judge runs as root (sudo), as the uid and cgroup layers need: each submission
still runs as an unprivileged user inside its own sandbox. The YAML is built as text from
vetted pieces; every value that reaches a shell is quoted.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass

from .. import __version__

DEFAULT_PATH = ".github/workflows/kata-grade.yml"
REPORT = "kata-report"
# root for the judge (the uid and cgroup layers), with the PATH that setup-python and pip made
AS_ROOT = 'sudo --preserve-env env "PATH=$PATH"'
PAGES_SETTINGS = ("in the repository's Settings > Pages, under 'Build and deployment', set Source to "
                  "'GitHub Actions' (once; the page is then published on every push to the default branch)")


@dataclass(frozen=True)
class WorkflowOptions:
    root: str = "."
    layout: str = "auto"
    shards: int = 1
    jobs: int = 2
    python: str = "3.11"
    install: str = f"kata-judge=={__version__}"
    seed: int = 0
    fail_under: int | None = None
    require_accepted: bool = False
    pages: bool = False


def _yaml_str(value: str) -> str:
    """A double-quoted YAML scalar."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _run(lines: list[str], indent: int) -> str:
    """A `run: |` block: the command, then one option per continued line."""
    pad = " " * (indent + 2)
    return "run: |\n" + pad + f" \\\n{pad}  ".join(lines)


def _grade_lines(o: WorkflowOptions, *extra: str) -> list[str]:
    return [f"{AS_ROOT} kata grade {shlex.quote(o.root)}", f"--layout {o.layout}", f"--seed {o.seed}", f"--jobs {o.jobs}",
            "--cache .kata-cache", *extra]


def _thresholds(o: WorkflowOptions) -> list[str]:
    lines = []
    if o.fail_under is not None:
        lines.append(f"--fail-under {o.fail_under}")
    if o.require_accepted:
        lines.append("--require-accepted")
    return lines


def _reports(o: WorkflowOptions) -> list[str]:
    """Every report, and an annotation on each member's file that was not accepted."""
    return [f"--junit {REPORT}/junit.xml", f"--json {REPORT}/results.json",
            f"--markdown {REPORT}/summary.md", f"--html {REPORT}/site/index.html", f"--csv {REPORT}/results.csv",
            f"--annotations {shlex.quote(o.root)}"]


def _setup(o: WorkflowOptions, grading: bool = True) -> str:
    steps = []
    if grading:
        steps.append("""      - name: Check out the solutions
        uses: actions/checkout@v4
""")
    steps.append(f"""      - name: Set up Python
        uses: actions/setup-python@v5
        with:
          python-version: {_yaml_str(o.python)}
      - name: Install kata (the hidden tests come with it)
        run: python -m pip install "$KATA_INSTALL"
""")
    if grading:
        steps.append(f"""      - name: Install bubblewrap (the sandbox's filesystem and network layers)
        run: sudo apt-get update -qq && sudo apt-get install -y -qq bubblewrap
      - name: Check every sandbox layer (KATA_SANDBOX=full fails the run if one is missing)
        run: {AS_ROOT} kata doctor
""")
    return "".join(steps)


def _cache(key: str, restore: list[str]) -> str:
    keys = "\n".join(f"            {k}" for k in restore)
    return f"""      - name: Restore the grading cache
        uses: actions/cache@v4
        with:
          path: .kata-cache
          key: {key}
          restore-keys: |
{keys}
"""


def _publish(o: WorkflowOptions) -> str:
    text = f"""      - name: Write the job summary
        if: always() && hashFiles('{REPORT}/summary.md') != ''
        run: cat {REPORT}/summary.md >> "$GITHUB_STEP_SUMMARY"
      - name: Upload the reports (JUnit, JSON, Markdown, HTML)
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: kata-report
          path: {REPORT}/
"""
    if o.pages:
        text += f"""      - name: Upload the scoreboard page for GitHub Pages
        if: always() && hashFiles('{REPORT}/site/index.html') != ''
        uses: actions/upload-pages-artifact@v3
        with:
          path: {REPORT}/site
"""
    return text


def _pages_job(needs: str) -> str:
    return f"""
  pages:
    name: Publish the scoreboard
    needs: {needs}
    if: always() && github.event_name == 'push' && github.ref == format('refs/heads/{{0}}', github.event.repository.default_branch)
    runs-on: ubuntu-latest
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{{{ steps.deploy.outputs.page_url }}}}
    steps:
      - name: Deploy to GitHub Pages
        id: deploy
        uses: actions/deploy-pages@v4
"""


def _single(o: WorkflowOptions) -> str:
    command = _grade_lines(o, *_reports(o), *_thresholds(o))
    return f"""  grade:
    name: Grade
    runs-on: ubuntu-latest
    timeout-minutes: 60
    steps:
{_setup(o)}{_cache("kata-grade-${{ runner.os }}-${{ github.run_id }}-${{ github.run_attempt }}", ["kata-grade-${{ runner.os }}-"])}      - name: Grade
        {_run(command, 8)}
{_publish(o)}"""


def _sharded(o: WorkflowOptions) -> str:
    n = o.shards
    shard = "${{ matrix.shard }}"
    command = _grade_lines(o, f"--shard {shard}/{n}", f"--json kata-shard/shard-{shard}.json")
    merge = ["kata grade merge kata-shard/*.json", *_reports(o), *_thresholds(o)]
    prefix = f"kata-grade-${{{{ runner.os }}}}-shard{shard}of{n}-"
    return f"""  grade:
    name: Grade shard {shard}/{n}
    runs-on: ubuntu-latest
    timeout-minutes: 60
    strategy:
      fail-fast: false
      matrix:
        shard: [{", ".join(str(k) for k in range(1, n + 1))}]
    steps:
{_setup(o)}{_cache(prefix + "${{ github.run_id }}-${{ github.run_attempt }}", [prefix, "kata-grade-${{ runner.os }}-"])}      - name: Grade this shard
        {_run(command, 8)}
      - name: Upload this shard's results
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: kata-shard-{shard}
          path: kata-shard/

  merge:
    name: Merge the shards into one scoreboard
    needs: grade
    if: always()
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
{_setup(o, grading=False)}      - name: Download every shard's results
        uses: actions/download-artifact@v4
        with:
          pattern: kata-shard-*
          path: kata-shard
          merge-multiple: true
      - name: Merge
        {_run(merge, 8)}
{_publish(o)}"""


def workflow_yaml(o: WorkflowOptions) -> str:
    body = _single(o) if o.shards == 1 else _sharded(o)
    pages = _pages_job("merge" if o.shards > 1 else "grade") if o.pages else ""
    how = "one job" if o.shards == 1 else f"a matrix of {o.shards} shards and a merge job"
    return f"""# Grades the study group's solutions with `kata grade` on every push and pull request,
# in {how}. Written by `kata ci init` (kata {__version__}); edit freely.
# The hidden tests come with the installed kata, never from this repository.
name: Grade katas

on:
  push:
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

concurrency:
  group: kata-grade-${{{{ github.ref }}}}
  cancel-in-progress: true

env:
  KATA_INSTALL: {_yaml_str(o.install)}
  KATA_SANDBOX: full

jobs:
{body}{pages}"""
