"""Judge every entry of the adversarial corpus (tests/adversarial/) and print a table:
entry, route, honest verdict, verdict got, time.

    python benchmarks/adversarial_corpus.py [--katas lru pair-sum]

The same judgings as tests/test_adversarial.py, printed for a person to read (and for the
closing note of a change to the engine).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from adversarial_support import corpus  # noqa: E402
from judge.catalogue import find_kata  # noqa: E402
from judge.judging import judge_submission  # noqa: E402
from judge.sandbox.layers import detect  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--katas", nargs="*", help="only these katas")
    args = parser.parse_args()
    print(detect().summary())
    entries = [e for e in corpus() if not args.katas or e.kata in args.katas]
    print("| entry | route | honest verdict | got | time |\n|---|---|---|---|---|")
    wrong = 0
    started = time.monotonic()
    for entry in entries:
        t = time.monotonic()
        result = judge_submission(find_kata(entry.kata), entry.path)
        ok = result.verdict.value == entry.expect
        wrong += not ok
        mark = "" if ok else " **WRONG**"
        print(f"| {entry.name} | {entry.route} | {entry.expect} | {result.verdict.value}{mark} | {time.monotonic() - t:.1f} s |", flush=True)
    print(f"\n{len(entries)} entries, {wrong} wrong verdicts, {time.monotonic() - started:.0f} s in all")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
