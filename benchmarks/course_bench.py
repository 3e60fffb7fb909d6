"""A whole course graded: a synthetic group of M members over every kata in the catalogue,
each member's file drawn from that kata's known submissions (about 60% accepted ones, the
rest from the other verdict folders), with a comment naming the member so that no two
members' files are byte-identical (real members' files never are; identical files would be
judged once). Phases through the real `kata grade`: cold, warm (nothing changed), one file
changed, then the same group as a 4-way matrix (`--shard K/4`, each shard cold, then
`kata grade merge`). Prints the wall times, what was judged and cached, and whether the
verdicts match across --jobs settings, across the sharded and the whole grading, and, for
a sample of cells, a one-at-a-time `kata judge` with the same seed.

    python benchmarks/course_bench.py                        # 50 members, every kata: hours cold
    python benchmarks/course_bench.py --members 6 --jobs 2   # a first look

Targets (issue 15), on 2 cores: cold <= 15 minutes for 50 members, each of 4 shards <= 4
minutes, warm <= 5 s, one changed file <= 15 s; verdicts identical everywhere.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
KATAS = REPO / "katas"
KATA = [sys.executable, "-m", "judge.cli"]
SEED = 0


def catalogue() -> list[str]:
    return sorted(p.parent.name for p in KATAS.glob("*/kata.toml"))


def build(root: Path, members: int, katas: list[str], accepted_share: float, rng: random.Random) -> dict:
    """ROOT/<slug>/<member>.py for every member and kata; returns {(member, slug): verdict folder}."""
    expected = {}
    for slug in katas:
        folders = {f.name: sorted(f.glob("*.py")) for f in (KATAS / slug / "submissions").iterdir() if f.is_dir()}
        accepted = folders.pop("accepted", [])
        others = [p for files in folders.values() for p in files]
        (root / slug).mkdir(parents=True)
        for m in range(1, members + 1):
            member = f"member{m:02d}"
            pick = rng.choice(accepted) if (rng.random() < accepted_share or not others) else rng.choice(others)
            text = pick.read_text(encoding="utf-8")
            (root / slug / f"{member}.py").write_text(text + f"\n# {member}'s solution\n", encoding="utf-8")
            expected[(member, slug)] = pick.parent.name
    return expected


def grade(args: list[str], env: dict) -> tuple[float, dict]:
    started = time.monotonic()
    run = subprocess.run([*KATA, "grade", *args], capture_output=True, text=True, env=env)
    wall = time.monotonic() - started
    if run.returncode not in (0, 3):
        raise SystemExit(f"kata grade exited {run.returncode}:\n{run.stderr[-2000:]}")
    out = args[args.index("--json") + 1]
    return wall, json.loads(Path(out).read_text())


def verdicts(board: dict) -> dict:
    return {(c["member"], c["kata"]): (c["verdict"] or c["status"], c["score"]) for c in board["cells"]}


def compare(name: str, a: dict, b: dict) -> str:
    differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    if not differ:
        return f"{name}: identical ({len(a)} cells)"
    return f"{name}: DIFFERENT in {len(differ)} cells: " + ", ".join(f"{m}/{k} {a.get((m, k))} vs {b.get((m, k))}" for m, k in differ[:10])


def per_kata(board: dict) -> str:
    """Where a cold grading's time went: each kata's median and total judge time over its members
    (the judging's own wall time, lock waits included), slowest first."""
    times: dict[str, list[float]] = {}
    for c in board["cells"]:
        if not c.get("cached"):
            times.setdefault(c["kata"], []).append(float(c.get("duration_s") or 0.0))
    lines = [f"{'kata':26} {'cells':>5} {'median s':>9} {'total s':>8}"]
    for slug, spent in sorted(times.items(), key=lambda item: -sum(item[1])):
        lines.append(f"{slug:26} {len(spent):5} {statistics.median(spent):9.1f} {sum(spent):8.0f}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--katas", nargs="*", help="slugs (default: every kata)")
    parser.add_argument("--jobs", default="2", help="comma-separated --jobs settings for the cold grading (default 2)")
    parser.add_argument("--shards", type=int, default=4, help="0 skips the sharded grading")
    parser.add_argument("--sample", type=int, default=10, help="cells checked against a one-at-a-time `kata judge`")
    parser.add_argument("--accepted", type=float, default=0.6)
    parser.add_argument("--keep", type=Path, help="copy every grading's JSON board into this folder")
    args = parser.parse_args()
    rng = random.Random(2026)
    katas = args.katas or catalogue()
    settings = [int(j) for j in args.jobs.split(",")]
    env = {**os.environ}
    with tempfile.TemporaryDirectory(prefix="kata-course-bench-") as tmp:
        tmp = Path(tmp)
        root = tmp / "group"
        expected = build(root, args.members, katas, args.accepted, rng)
        share = sum(v == "accepted" for v in expected.values()) / len(expected)
        print(f"kata grade: {args.members} members × {len(katas)} katas = {len(expected)} submissions "
              f"({share:.0%} accepted ones), every file distinct, {os.cpu_count()} cores, seed {SEED}")
        load = os.getloadavg()[0]
        rows = []
        boards = {}
        for jobs in settings:
            cache = tmp / f"cache-{jobs}"
            wall, board = grade([str(root), "--jobs", str(jobs), "--seed", str(SEED), "--cache", str(cache),
                                 "--json", str(tmp / f"cold-{jobs}.json")], env)
            boards[jobs] = board
            rows.append((f"cold, --jobs {jobs}", wall, board))
        jobs = settings[-1]
        cache = tmp / f"cache-{jobs}"
        wall, board = grade([str(root), "--jobs", str(jobs), "--cache", str(cache), "--json", str(tmp / "warm.json")], env)
        rows.append((f"warm, --jobs {jobs}", wall, board))
        member, slug = sorted(expected)[len(expected) // 2]
        path = root / slug / f"{member}.py"
        path.write_text(path.read_text() + "# edited\n")
        wall, board = grade([str(root), "--jobs", str(jobs), "--cache", str(cache), "--json", str(tmp / "one.json")], env)
        rows.append((f"one file changed ({slug}/{member}.py)", wall, board))
        path.write_text(path.read_text().replace("# edited\n", ""))
        shard_boards = []
        for k in range(1, args.shards + 1):
            out = tmp / f"shard-{k}.json"
            wall, board = grade([str(root), "--jobs", str(jobs), "--shard", f"{k}/{args.shards}", "--cache",
                                 str(tmp / f"cache-shard-{k}"), "--json", str(out)], env)
            rows.append((f"shard {k}/{args.shards}, cold", wall, board))
            shard_boards.append(out)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for board in tmp.glob("*.json"):
                shutil.copy(board, args.keep / board.name)
        print(f"machine load (1-minute average): {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
        print()
        for name, wall, board in rows:
            print(f"{name:44} {wall:9.1f} s   {board['judged']:5} judged, {board['cached']:5} cached")
        print()
        print(per_kata(boards[settings[-1]]))
        first = verdicts(boards[settings[0]])
        for jobs in settings[1:]:
            print(compare(f"verdicts, --jobs {settings[0]} vs --jobs {jobs}", first, verdicts(boards[jobs])))
        if shard_boards:
            merged = tmp / "merged.json"
            run = subprocess.run([*KATA, "grade", "merge", *map(str, shard_boards), "--json", str(merged)],
                                 capture_output=True, text=True, env=env)
            if run.returncode not in (0, 3):
                raise SystemExit(f"kata grade merge exited {run.returncode}:\n{run.stderr[-2000:]}")
            print(compare(f"verdicts, whole vs {args.shards} shards merged", first, verdicts(json.loads(merged.read_text()))))
        wrong = sorted(k for k, (outcome, _) in first.items() if outcome != expected[k])
        print("verdicts vs the known submissions' folders: " + ("all as named" if not wrong else
              f"DIFFERENT in {len(wrong)}: " + ", ".join(f"{m}/{k} got {first[(m, k)][0]}, folder says {expected[(m, k)]}"
                                                         for m, k in wrong[:10])))
        sample = rng.sample(sorted(expected), min(args.sample, len(expected)))
        alone = {}
        for member, slug in sample:
            run = subprocess.run([*KATA, "judge", slug, str(root / slug / f"{member}.py"), "--seed", str(SEED), "--format", "json"],
                                 capture_output=True, text=True, env=env)
            data = json.loads(run.stdout)
            alone[(member, slug)] = (data["verdict"], data["score"])
        print(compare(f"verdicts of {len(sample)} sampled cells, grading vs one-at-a-time kata judge",
                      {k: first[k] for k in sample}, alone))


if __name__ == "__main__":
    main()
