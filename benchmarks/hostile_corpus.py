"""Judge every entry of the hostile corpus (tests/hostile/) and print its verdict and time.

    python benchmarks/hostile_corpus.py

The same checks as tests/test_hostile.py, printed as a table for a person to read.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hostile_support import Listener, corpus, leftover_cgroups, leftover_processes, short_limits_kata  # noqa: E402
from judge.judging import judge_submission  # noqa: E402
from judge.sandbox.layers import detect  # noqa: E402


def main() -> int:
    layers = detect()
    print(layers.summary())
    made: dict = {}

    def kata_for(entry):
        """The short-limits copy of the kata the entry names (pair-sum unless it says), made once."""
        key = (entry.kata, entry.limits)
        if key not in made:
            made[key] = short_limits_kata(Path(tempfile.mkdtemp(prefix="kata-hostile-")), entry.kata, entry.limits)
        return made[key]

    listener = Listener()
    wrong = 0
    print(f"{'entry':28} {'expected':22} {'verdict':22} {'time':>7}  left behind")
    started = time.monotonic()
    for entry in corpus():
        if any(not layers.active(n) for n in entry.needs):
            print(f"{entry.name:28} {entry.expect:22} {'(skipped: needs ' + ','.join(entry.needs) + ')':22}")
            continue
        t = time.monotonic()
        result = judge_submission(kata_for(entry), entry.path)
        dt = time.monotonic() - t
        left = leftover_processes() + leftover_cgroups()
        ok = result.verdict.value == entry.expect and not left
        wrong += not ok
        print(f"{entry.name:28} {entry.expect:22} {result.verdict.value:22} {dt:6.1f}s  {'nothing' if not left else left[0]}{'' if ok else '   <-- WRONG'}")
    listener.close()
    print(f"{len(corpus())} entries, {wrong} wrong, network connections that got through: {listener.connections}, "
          f"total {time.monotonic() - started:.0f} s")
    return 1 if wrong or listener.connections else 0


if __name__ == "__main__":
    sys.exit(main())
