"""How near the line every measured verdict falls: the flakes of tomorrow, found today.

    python benchmarks/verdict_margins.py                      # every kata, idle, one judging each
    python benchmarks/verdict_margins.py --katas max-window-sum sorting --hog --runs 3

A verdict stability run counts wrong verdicts; one that comes up once in a thousand judgings
needs thousands to be seen. This script reads instead how far each measured test's deciding
statistic stood from its threshold (the engine's `margin` figure: above 1 rejects, at or below
1 passes) for every known submission whose verdict the engine decides: accepted ones, and
time- and memory-limit ones. For an accepted submission the margin is the largest over its
measured tests; for a rejected one, the largest in the group that gave its verdict. Printed
nearest the line first; a margin within 1.5× of 1 (0.67 to 1.5) is a near miss, a verdict the
machine's noise could turn (`kata verify` warns of those too). A rejection before the last size (`early`: say, past
the constant-factor cap at the first size, where no growth could be seen yet) is listed but is
no near miss: had it passed, the sizes after it would have measured the growth that rejects it.
A figure-printing script, not a test.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.verdict_stability import Hog, _Null  # noqa: E402
from judge.catalogue import all_katas, find_kata  # noqa: E402
from judge.judging import judge_submission  # noqa: E402
from judge.verify import MEASURED_BY, NEAR_BAND, deciding_margin  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--katas", nargs="+", default=["all"], help="slugs, or 'all'")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--hog", action="store_true", help="a process keeping one core busy beside the judge")
    args = parser.parse_args()
    katas = all_katas(variants=True) if args.katas == ["all"] else [find_kata(s) for s in args.katas]
    plan = [(k, f, p) for k in katas for f, p in k.known_submissions() if f in MEASURED_BY]
    started = time.monotonic()
    print(f"# {len(plan)} submissions × {args.runs} runs, {'with' if args.hog else 'without'} a CPU hog", flush=True)
    rows = []
    with (Hog() if args.hog else _Null()):
        for run in range(args.runs):
            for kata, folder, path in plan:
                result = judge_submission(kata, path)
                name = f"{kata.name}/{folder}/{path.name}"
                decided = deciding_margin(result.to_json(), folder, kata.advice)
                if result.verdict.value != folder:
                    print(f"# wrong: {name} got {result.verdict.value} (run {run + 1})", flush=True)
                if decided is None:
                    continue  # decided before any measurement (a crash, a wall-clock stop), or nothing measured
                margin, test, early, source, sizes = decided
                near = decided.near
                rows.append((margin, name, test, f"{sizes}{' early' if early else ''} {source}", result.verdict.value, near))
                if near:
                    print(f"# near: {name} {test} margin {margin:.2f} ({result.verdict.value})", flush=True)
    # nearest the line first, on a ratio scale (1.5 and 0.67 are as near)
    rows.sort(key=lambda r: abs(math.log(r[0])) if r[0] > 0 else math.inf)
    # `sizes`: how many sizes were measured; a rejection at the first sizes never saw the larger
    # ones, where a worse growth would have rejected it too (a near miss there is less of a risk)
    header = f"{'submission':64} {'test':56} {'margin':>7} {'sizes, from':>16} {'verdict':22} near"
    print(header)
    print("-" * len(header))
    for margin, name, test, sizes, verdict, near in rows:
        print(f"{name:64} {test[:56]:56} {margin:>7.2f} {sizes:>16} {verdict:22} {'NEAR' if near else ''}")
    print("-" * len(header))
    print(f"{len(rows)} measured judgings; {sum(r[-1] for r in rows)} within {NEAR_BAND}× of the line; "
          f"wall time {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
