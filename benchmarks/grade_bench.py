"""Grading a 20-member study group: cold, warm (nothing changed) and with one file changed,
with --jobs 1 and --jobs 2, through the real `kata grade` command. Prints the wall times
side by side, the cache hits, and whether the verdicts are identical across --jobs settings
(and equal to the verdicts the known submissions' folders name).

    python benchmarks/grade_bench.py            # about 2-3 minutes on 2 cores

Targets (issue 7): warm re-grade under 5 s; one changed file under 15 s; identical verdicts.
For a changed file, the line under the wall time gives the judge's own time for it: grading
adds start-up, hashing, the cache and one worker process around that.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "data"))
import grade_fixtures as gf  # noqa: E402

KATA = [sys.executable, "-m", "judge.cli"]
# (member, kata) edited in the "one file changed" phases: the known submission the judge needs the
# longest for (an lru wrong answer whose counterexample hypothesis shrinks), and a typical one
CHANGED = {"one file changed (slowest)": ("member13", "lru"), "one file changed (typical)": ("member02", "pair-sum")}


def freeze(folder: Path) -> dict[str, str]:
    """A copy of the judge and of the two katas, taken now: the environment that makes `kata`
    run it. Edits made meanwhile in the checkout then cannot change the code being measured
    (and would rightly invalidate the cache, since its key covers the judge's source)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(gf.REPO / "judge", folder / "judge", ignore=ignore)
    for slug in ("lru", "pair-sum"):
        shutil.copytree(gf.KATAS / slug, folder / "katas" / slug, ignore=ignore)
    return {**os.environ, "PYTHONPATH": str(folder), "KATA_CATALOGUE": str(folder / "katas")}


def grade(root: Path, cache: Path, jobs: int, out: Path, env: dict[str, str]) -> tuple[float, dict]:
    started = time.monotonic()
    run = subprocess.run([*KATA, "grade", str(root), "--jobs", str(jobs), "--cache", str(cache), "--json", str(out)],
                         capture_output=True, text=True, env=env)
    wall = time.monotonic() - started
    if run.returncode != 0:
        raise SystemExit(f"kata grade exited {run.returncode}:\n{run.stderr[-2000:]}")
    return wall, json.loads(out.read_text())


def verdicts(board: dict) -> dict[tuple[str, str], tuple[str, int]]:
    return {(c["member"], c["kata"]): (c["verdict"] or c["status"], c["score"]) for c in board["cells"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs settings (default 1,2)")
    args = parser.parse_args()
    settings = [int(j) for j in args.jobs.split(",")]

    with tempfile.TemporaryDirectory(prefix="kata-grade-bench-") as tmp:
        tmp = Path(tmp)
        env = freeze(tmp / "code")
        root = tmp / "group"
        expected = gf.build_group(root)
        files = {phase: root / kata / f"{member}.py" for phase, (member, kata) in CHANGED.items()}
        originals = {phase: path.read_bytes() for phase, path in files.items()}
        phases = ["cold", "warm (nothing changed)", *CHANGED]
        rows: dict[str, dict[int, str]] = {k: {} for k in phases}
        hits: dict[str, dict[int, str]] = {k: {} for k in phases}
        walls: dict[str, dict[int, float]] = {k: {} for k in phases}
        judge_times: dict[str, dict[int, float]] = {k: {} for k in phases}
        boards: dict[int, dict] = {}
        fingerprints: set[str] = set()
        load_before = os.getloadavg()
        for jobs in settings:
            cache = tmp / f"cache-{jobs}"
            for phase in phases:
                if phase in files:
                    files[phase].write_bytes(originals[phase] + f"\n# edited for the benchmark ({jobs})\n".encode())
                wall, board = grade(root, cache, jobs, tmp / f"{jobs}-{phases.index(phase)}.json", env)
                if phase in files:
                    files[phase].write_bytes(originals[phase])
                walls[phase][jobs] = wall
                fingerprints.add(board["judge_fingerprint"])
                rows[phase][jobs] = f"{wall:8.1f} s"
                hits[phase][jobs] = f"{board['judged']} judged, {board['cached']} cached"
                if phase in files:
                    member, kata = CHANGED[phase]
                    judge_times[phase][jobs] = next(c["duration_s"] for c in board["cells"] if (c["member"], c["kata"]) == (member, kata))
                    hits[phase][jobs] += f"; judge {judge_times[phase][jobs]:.1f} s"
                if phase == "cold":
                    boards[jobs] = board
        load_after = os.getloadavg()
        cells = len(boards[settings[0]]["cells"])
        print(f"kata grade: {len(gf.MEMBERS)} members × 2 katas (lru, pair-sum) = {cells} submissions, "
              f"kata-member layout, {os.cpu_count()} cores")
        print(f"machine load (1-minute average): {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
              "other work on the machine slows every figure")
        print("the judge and katas are a copy taken at the start; 'judge' under a changed file is the judge's own time for it")
        print()
        head = "".join(f"{'--jobs ' + str(j):>36}" for j in settings)
        print(f"{'':26}{head}")
        for phase in rows:
            print(f"{phase:26}" + "".join(f"{rows[phase][j]:>36}" for j in settings))
            print(f"{'':26}" + "".join(f"{hits[phase][j]:>36}" for j in settings))
        print()
        reference = verdicts(boards[settings[0]])
        for jobs in settings[1:]:
            other = verdicts(boards[jobs])
            differ = sorted(k for k in reference.keys() | other.keys() if reference.get(k) != other.get(k))
            state = "identical" if not differ else f"DIFFERENT in {len(differ)} cells: " + ", ".join(
                f"{m}/{k} {reference.get((m, k))} vs {other.get((m, k))}" for m, k in differ)
            print(f"verdicts, --jobs {settings[0]} vs --jobs {jobs}: {state} ({len(reference)} cells)")
        wrong = sorted(k for k, (outcome, _) in reference.items() if expected.get(k) != outcome)
        print("verdicts vs the known submissions' folders: " + ("all as named" if not wrong else
              "DIFFERENT: " + ", ".join(f"{m}/{k} got {reference[(m, k)][0]}, folder says {expected.get((m, k))}" for m, k in wrong)))
        if len(fingerprints) > 1:
            print(f"NOTE: {len(fingerprints)} judge fingerprints during one benchmark: the cache was invalidated on the way")
        warm = max(walls["warm (nothing changed)"].values())
        print(f"target warm re-grade < 5 s: {warm:.1f} s, {'met' if warm < 5 else 'MISSED'}")
        for phase, (member, kata) in CHANGED.items():
            jobs = max(walls[phase], key=walls[phase].get)
            one = walls[phase][jobs]
            print(f"target one changed file < 15 s, {kata}/{member}.py ({expected[(member, kata)]}): {one:.1f} s, "
                  f"{'met' if one < 15 else 'MISSED'}; the judge's own time on that file was {judge_times[phase][jobs]:.1f} s, "
                  f"grading around it {one - judge_times[phase][jobs]:.1f} s")


if __name__ == "__main__":
    main()
