"""Judge known submissions many times, with and without a CPU hog, and print the verdicts seen.

    python benchmarks/verdict_stability.py                   # lru and pair-sum, 10 runs each way
    python benchmarks/verdict_stability.py --katas all --runs 5
    python benchmarks/verdict_stability.py --only-measured   # only submissions whose verdict the engine decides

Prints, per submission: the expected verdict (its folder), the verdicts seen without and with
load, false accepts, false rejects, other wrong verdicts, and the median judge time; then totals.
A figure-printing script, not a test: the promise it checks is "0 wrong verdicts under load".
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge.catalogue import all_katas, find_kata  # noqa: E402
from judge.judging import judge_submission  # noqa: E402
from judge.verify import MEASURED_BY  # noqa: E402


def _spin() -> None:
    while True:
        pass


class Hog:
    """A process keeping one core busy (not pinned: the scheduler puts it where it likes)."""

    def __enter__(self):
        self.proc = multiprocessing.Process(target=_spin, daemon=True)
        self.proc.start()
        return self

    def __exit__(self, *exc):
        self.proc.kill()
        self.proc.join()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--katas", nargs="+", default=["lru", "pair-sum"], help="slugs, or 'all'")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--only-measured", action="store_true", help="accepted and time/memory-limit submissions only")
    parser.add_argument("--no-unloaded", action="store_true", help="skip the runs without a hog")
    args = parser.parse_args()
    katas = all_katas() if args.katas == ["all"] else [find_kata(s) for s in args.katas]
    plan = []
    for kata in katas:
        for folder, path in kata.known_submissions():
            if args.only_measured and folder not in MEASURED_BY:
                continue
            plan.append((kata, folder, path))
    conditions = ([] if args.no_unloaded else ["idle"]) + ["hog"]
    seen = {(c, k.slug, p): Counter() for c in conditions for k, _, p in plan}
    times = {(k.slug, p): [] for k, _, p in plan}
    started = time.monotonic()
    print(f"# {len(plan)} submissions × {args.runs} runs × {conditions}; {os.cpu_count()} cores", flush=True)
    for condition in conditions:
        for run in range(args.runs):
            ctx = Hog() if condition == "hog" else _Null()
            with ctx:
                for kata, folder, path in plan:
                    result = judge_submission(kata, path)
                    seen[(condition, kata.slug, path)][result.verdict.value] += 1
                    times[(kata.slug, path)].append(result.duration_s)
                    if result.verdict.value != folder:  # at once, so a run cut short still shows it
                        print(f"# wrong: {kata.slug}/{folder}/{path.name} got {result.verdict.value} ({condition}, run {run + 1})", flush=True)
            print(f"# {condition} run {run + 1}/{args.runs} done at {time.monotonic() - started:.0f} s", flush=True)

    header = f"{'submission':58} {'expected':22} {'idle':28} {'hog':28} {'FA':>3} {'FR':>3} {'WV':>3} {'median s':>8}"
    print(header)
    print("-" * len(header))
    totals = Counter()
    for kata, folder, path in plan:
        row = {}
        fa = fr = wv = 0
        for c in conditions:
            counter = seen[(c, kata.slug, path)]
            row[c] = ", ".join(f"{v} ×{n}" for v, n in counter.most_common())
            for verdict, n in counter.items():
                if verdict != folder:
                    wv += n
                    if verdict == "accepted":
                        fa += n
                    elif folder == "accepted":
                        fr += n
        totals.update(fa=fa, fr=fr, wv=wv, judgings=sum(sum(seen[(c, kata.slug, path)].values()) for c in conditions))
        name = f"{kata.slug}/{folder}/{path.name}"
        print(f"{name:58} {folder:22} {row.get('idle', '-'):28} {row.get('hog', '-'):28} {fa:>3} {fr:>3} {wv:>3} {statistics.median(times[(kata.slug, path)]):>8.2f}")
    print("-" * len(header))
    medians = {f: statistics.median([t for (k, p), ts in times.items() for t in ts if any(p == pp and f == ff for _, ff, pp in plan)] or [0])
               for f in sorted({f for _, f, _ in plan})}
    print(f"judgings {totals['judgings']}; false accepts {totals['fa']}; false rejects {totals['fr']}; wrong verdicts {totals['wv']}")
    print("median judge time by expected verdict: " + "; ".join(f"{f} {m:.2f} s" for f, m in medians.items()))
    print(f"wall time {time.monotonic() - started:.0f} s")
    return 1 if totals["wv"] else 0


class _Null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


if __name__ == "__main__":
    sys.exit(main())
