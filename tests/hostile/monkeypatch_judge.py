# expect: compile_error
"""Patches the judge's own modules, in case they are importable here."""
import sys

for name in ("judge.testing", "judge.judging", "judge.verdict"):
    try:
        module = __import__(name, fromlist=["x"])
        for attr in ("expect", "expect_unordered", "classify", "overall_verdict"):
            if hasattr(module, attr):
                setattr(module, attr, lambda *a, **k: None)
    except Exception:
        pass
harness = sys.modules.get("kata_harness")
protocol = sys.modules.get("kata_protocol")
if protocol is not None:
    protocol.encode = lambda value, make_handle: {"$t": []}


def find_pairs(arr, target):
    return []
