"""The sandbox's cost: time to start the solution process (and import a one-line file), and
time per call, with every layer and with the minimal layer only, side by side.

    python benchmarks/sandbox_overhead.py [--starts 20] [--calls 5000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import json, statistics, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from judge.sandbox.layers import detect
from judge.sandbox.process import Sandbox
from judge.sandbox.proxy import RemoteModule
sub = Path(sys.argv[2]); starts, calls = [], []
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    with Sandbox(sub, ("f",)) as box:
        box.request("load", {}, call="import")
        starts.append(time.perf_counter() - t)
        f = RemoteModule(box, "solution").f
        t = time.perf_counter()
        for i in range(int(sys.argv[4])):
            f(i)
        calls.append((time.perf_counter() - t) / int(sys.argv[4]))
print(json.dumps({"layers": detect().summary(), "start_ms": [s * 1e3 for s in starts], "call_us": [c * 1e6 for c in calls]}))
"""


def measure(mode: str, starts: int, calls: int, sub: Path) -> dict:
    env = dict(os.environ, KATA_SANDBOX=mode)
    out = subprocess.run([sys.executable, "-c", PROBE, str(ROOT), str(sub), str(starts), str(calls)], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--starts", type=int, default=20)
    parser.add_argument("--calls", type=int, default=5000)
    args = parser.parse_args()
    sub = Path(tempfile.mkdtemp()) / "f.py"
    sub.write_text("def f(x):\n    return x\n")
    rows = {mode: measure(mode, args.starts, args.calls, sub) for mode in ("minimal", "auto")}
    print(f"{'':34} {'minimal (process only)':>24} {'every layer':>14} {'ratio':>7}")
    for key, label, unit in (("start_ms", "start + import, median", "ms"), ("call_us", "one call, median", "µs")):
        a, b = statistics.median(rows["minimal"][key]), statistics.median(rows["auto"][key])
        print(f"{label:34} {a:>21.1f} {unit} {b:>11.1f} {unit} {b / a:>6.2f}×")
    for key, label, unit in (("start_ms", "start + import, p90", "ms"), ("call_us", "one call, p90", "µs")):
        qa = statistics.quantiles(rows["minimal"][key], n=10)[-1]
        qb = statistics.quantiles(rows["auto"][key], n=10)[-1]
        print(f"{label:34} {qa:>21.1f} {unit} {qb:>11.1f} {unit} {qb / qa:>6.2f}×")
    print("every layer:", rows["auto"]["layers"])


if __name__ == "__main__":
    main()
