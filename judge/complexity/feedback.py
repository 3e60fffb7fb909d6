"""The figures a measurement leaves behind, and the tables the learner reads.

Pure formatting of numbers the engine measured: nothing here times or decides.
"""

from __future__ import annotations

from . import stats
from .stats import Row


def time_figures(workload: str, bound: str, size_name: str) -> dict:
    return {"workload": workload, "bound": bound, "size_name": size_name, "witness": "kernel CPU time",
            "sizes": [], "batches": [], "submission_s": [], "reference_s": [],
            "submission_counts": [], "reference_counts": [], "stopped_early": False}


def add_time_row(figures: dict, row: Row, batch: int) -> None:
    figures["sizes"].append(row.n)
    figures["batches"].append(batch)
    figures["submission_s"].append(row.submission)
    figures["reference_s"].append(row.reference)
    figures["submission_counts"].append(row.submission_counts)
    figures["reference_counts"].append(row.reference_counts)


def time_table(f: dict) -> str:
    lines = [f"\n  {f['size_name']:>12}  {'yours':>12}  {'reference':>12}   (CPU time per unit, as the kernel counts it)"]
    for i, n in enumerate(f["sizes"]):
        line = f"  {n:>12,}  {stats.fmt_s(f['submission_s'][i]):>12}  {stats.fmt_s(f['reference_s'][i]):>12}"
        sc, rc = f["submission_counts"][i], f["reference_counts"][i]
        if sc:
            line += "   counts per unit: " + ", ".join(f"{k} {sc[k]:,.1f} vs {rc.get(k, 0):,.1f}" for k in sc)
        lines.append(line)
    return "\n".join(lines)


def space_figures(workload: str, bound: str, size_name: str) -> dict:
    return {"workload": workload, "bound": bound, "size_name": size_name, "witness": "kernel memory peak",
            "sizes": [], "submission_bytes": [], "reference_bytes": [], "input_bytes": []}


def add_space_row(figures: dict, n: int, submission: int, reference: int, inputs: int) -> None:
    figures["sizes"].append(n)
    figures["submission_bytes"].append(submission)
    figures["reference_bytes"].append(reference)
    figures["input_bytes"].append(inputs)


def space_table(f: dict) -> str:
    lines = [f"\n  {f['size_name']:>12}  {'yours':>12}  {'reference':>12}  {'the inputs':>12}   (extra memory at its peak)"]
    for i, n in enumerate(f["sizes"]):
        lines.append(f"  {n:>12,}  {stats.fmt_bytes(f['submission_bytes'][i]):>12}  "
                     f"{stats.fmt_bytes(f['reference_bytes'][i]):>12}  {stats.fmt_bytes(f['input_bytes'][i]):>12}")
    return "\n".join(lines)
