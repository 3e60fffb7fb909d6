"""Where an accepted judging's time goes, kata by kata: correctness, and measuring (the
reference's side and the submission's), with the measuring lock's floor for a whole course.

Only one measurement runs at a time on a machine (judge/complexity/lock.py: both sides on the
measuring core, so that neither disturbs the other), so however many `--jobs`, a course's cold
grading takes at least the sum of its accepted cells' measuring time. This prints that sum for
M members with a share of accepted cells, next to what sharing the reference's measurements
across members (one reference run per kata instead of one per cell) would leave.

    python benchmarks/measuring_share.py                      # every kata, its first accepted file
    python benchmarks/measuring_share.py lru pair-sum --members 50 --accepted 0.6

The split is timed in this process around the engine's own calls (the judge's process, which
the submission cannot touch); the figures are wall time on this machine.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from judge.catalogue import all_katas, find_kata  # noqa: E402
from judge.complexity import engine as engine_mod  # noqa: E402
from judge.judging import judge_submission  # noqa: E402

spent: collections.Counter = collections.Counter()


def _timed(method, kind: str):
    def wrapper(self, *args, reference: bool, **kwargs):
        started = time.monotonic()
        try:
            return method(self, *args, reference=reference, **kwargs)
        finally:
            spent[f"{kind} {'reference' if reference else 'submission'}"] += time.monotonic() - started
    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("katas", nargs="*", help="slugs (default: every kata)")
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--accepted", type=float, default=0.6, help="share of a course's cells that are accepted")
    args = parser.parse_args()
    katas = [find_kata(s) for s in args.katas] if args.katas else all_katas()
    engine_mod.Engine._measure = _timed(engine_mod.Engine._measure, "time")
    engine_mod.Engine._space_sample = _timed(engine_mod.Engine._space_sample, "space")

    print(f"{'kata':24} {'file':30} {'verdict':10} {'total s':>8} {'correct s':>9} {'ref s':>7} {'sub s':>7} {'ref share':>9}")
    totals = collections.Counter()
    for kata in katas:
        accepted = sorted((kata.path / "submissions" / "accepted").glob("*.py"))
        if not accepted:
            continue
        spent.clear()
        started = time.monotonic()
        result = judge_submission(kata, accepted[0])
        total = time.monotonic() - started
        ref = spent["time reference"] + spent["space reference"]
        sub = spent["time submission"] + spent["space submission"]
        correctness = total - ref - sub
        totals.update(total=total, ref=ref, sub=sub, correctness=correctness, katas=1)
        share = ref / (ref + sub) if ref + sub else 0.0
        print(f"{kata.slug:24} {accepted[0].name:30} {result.verdict.value:10} {total:8.2f} {correctness:9.2f} {ref:7.2f} {sub:7.2f} {share:9.0%}")

    cells = args.members * totals["katas"] * args.accepted
    per_cell = (totals["ref"] + totals["sub"]) / max(totals["katas"], 1)
    shared = totals["sub"] / max(totals["katas"], 1)
    print(f"\n{totals['katas']} katas: an accepted judging takes {totals['total'] / max(totals['katas'], 1):.2f} s on average, "
          f"{per_cell:.2f} s of it measuring (the reference {totals['ref'] / max(totals['ref'] + totals['sub'], 1e-9):.0%} of that).")
    print(f"A course of {args.members} members with {args.accepted:.0%} accepted cells ({cells:,.0f} cells): "
          f"the measuring lock alone holds {cells * per_cell / 60:,.1f} min, whatever --jobs; "
          f"with the reference measured once per kata instead of per cell, {(cells * shared + totals['ref']) / 60:,.1f} min.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
