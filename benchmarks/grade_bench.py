"""Grading a 20-member study group: cold, warm (nothing changed) and with one file changed,
with --jobs 1 and --jobs 2, through the real `kata grade` command. Prints the wall times
side by side, the cache hits, and whether the verdicts are identical across --jobs settings
(and equal to the verdicts the known submissions' folders name).

    python benchmarks/grade_bench.py            # about 2-3 minutes on 2 cores

Targets (issue 7): warm re-grade under 5 s; one changed file under 15 s; identical verdicts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "data"))
import grade_fixtures as gf  # noqa: E402

KATA = [str(Path(sys.executable).parent / "kata")] if (Path(sys.executable).parent / "kata").exists() else [sys.executable, "-m", "judge.cli"]
CHANGED = ("member13", "lru")  # a wrong answer the judge needs the longest for (hypothesis shrinks it)


def grade(root: Path, cache: Path, jobs: int, out: Path) -> tuple[float, dict]:
    started = time.monotonic()
    run = subprocess.run([*KATA, "grade", str(root), "--jobs", str(jobs), "--cache", str(cache), "--json", str(out)],
                         capture_output=True, text=True)
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
        root = tmp / "group"
        expected = gf.build_group(root)
        changed = root / CHANGED[1] / f"{CHANGED[0]}.py"
        original = changed.read_bytes()
        rows: dict[str, dict[int, str]] = {"cold": {}, "warm (nothing changed)": {}, "one file changed": {}}
        hits: dict[str, dict[int, str]] = {k: {} for k in rows}
        walls: dict[str, dict[int, float]] = {k: {} for k in rows}
        boards: dict[int, dict] = {}
        fingerprints: set[str] = set()
        load_before = os.getloadavg()
        for jobs in settings:
            cache = tmp / f"cache-{jobs}"
            changed.write_bytes(original)
            for phase in rows:
                if phase == "one file changed":
                    changed.write_bytes(original + f"\n# edited for the benchmark ({jobs})\n".encode())
                wall, board = grade(root, cache, jobs, tmp / f"{jobs}-{phase.split()[0]}.json")
                walls[phase][jobs] = wall
                fingerprints.add(board["judge_fingerprint"])
                rows[phase][jobs] = f"{wall:8.1f} s"
                hits[phase][jobs] = f"{board['judged']} judged, {board['cached']} cached"
                if phase == "cold":
                    boards[jobs] = board
            changed.write_bytes(original)

        load_after = os.getloadavg()
        cells = len(boards[settings[0]]["cells"])
        print(f"kata grade: {len(gf.MEMBERS)} members × 2 katas (lru, pair-sum) = {cells} submissions, "
              f"kata-member layout, {os.cpu_count()} cores")
        print(f"machine load (1-minute average): {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
              "other work on the machine slows every figure")
        print()
        head = "".join(f"{'--jobs ' + str(j):>24}" for j in settings)
        print(f"{'':26}{head}")
        for phase in rows:
            print(f"{phase:26}" + "".join(f"{rows[phase][j]:>24}" for j in settings))
            print(f"{'':26}" + "".join(f"{hits[phase][j]:>24}" for j in settings))
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
            print(f"NOTE: the judge's source changed during the benchmark ({len(fingerprints)} fingerprints), which "
                  "rightly invalidates the cache; the warm and changed figures after that point are cold ones. Run it again.")
        warm = max(walls["warm (nothing changed)"].values())
        one = max(walls["one file changed"].values())
        print(f"targets: warm re-grade {warm:.1f} s (< 5 s: {'met' if warm < 5 else 'MISSED'}); "
              f"one changed file {one:.1f} s (< 15 s: {'met' if one < 15 else 'MISSED'}); "
              f"the changed file: {CHANGED[1]}/{CHANGED[0]}.py ({expected[(CHANGED[0], CHANGED[1])]})")


if __name__ == "__main__":
    main()
