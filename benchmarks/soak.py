"""Soak: judge N submissions in a row, the way `kata grade --jobs 2` does, and check that the
judge always answers, within its bounds, and leaves nothing behind.

    python benchmarks/soak.py                          # 1,000 judgings, 2 workers, the default mix
    python benchmarks/soak.py --count 60 --json soak.json
    python benchmarks/soak.py --katas all --jobs 4     # every kata's known submissions
    python benchmarks/soak.py --only hostile           # the hostile corpus alone, over and over

The judgings cycle through a mix of (a) the known submissions of some katas
(katas/<slug>/submissions/<verdict>/*.py, expected verdict = the folder; by default cheap
katas, the expensive submissions left out) and (b) the hostile corpus (tests/hostile/*.py,
expected verdict = its `# expect:` line, judged against the short-limits copy of its kata
that tests/test_hostile.py uses; an entry needing a sandbox layer that is not active here is
left out). They run in worker processes (judge/grade/runner.py: run_in_workers), each worker
judging one submission at a time with the real judge for the whole run.

Reports, as a table and (--json PATH) as JSON: the judgings; internal errors (a worker's
exception or death, or an internal_error verdict) and wrong verdicts, with the entry; every
--sample-every judgings, the parent's and the workers' RSS (flat means no leak); the wall
time of a judging (median, p90, max) overall and per kind; judgings past their kata's
judging_s; and what was left behind: after every judging, in the worker that judged it,
processes marked KATA_JUDGE_PID=<worker>, cgroups kata-<worker>-*, scratch folders
kata-run-<worker>-* and mounts under them (tests/hostile_support.py); periodically and at
the end, the same for the parent and every worker pid seen. Only this run's pids are looked
at: other judges on the machine are not this run's leftovers.

Exit code 1 if any internal error, wrong verdict or leftover; 0 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from judge.grade.runner import Task, judge_task, run_in_workers

# Chosen by measurement. With both cores loaded by other work, the cheaper known submissions of
# these katas (compile_error, rule_violation, runtime_error, wrong_answer) judged in 0.1-25 s and
# the hostile entries in 0.1-60 s; an accepted or limit submission needs the performance or space
# group and cost 4-100 s (hash-map, graph-search, linked-list-cycle, max-window-sum the dearest), so
# the default mix keeps only each kata's reference and one or two cheap limit ones. On a quieter
# machine a cycle (119 judgings) takes about 2 min on 2 workers: 1,000 judgings in about 17-20 min.
DEFAULT_KATAS = ("pair-sum", "palindrome", "reverse-string", "flatten", "lru", "queue-two-stacks", "min-heap")
EXPENSIVE = ("accepted", "time_limit_exceeded", "memory_limit_exceeded")
KEEP_EXPENSIVE = {  # per kata, the accepted/limit submissions kept without --all-submissions
    "pair-sum": ("accepted/reference.py", "time_limit_exceeded/list_as_seen_set.py"),
    "palindrome": ("accepted/reference.py", "time_limit_exceeded/slices_ends.py", "memory_limit_exceeded/lowered_copy.py"),
    "reverse-string": ("accepted/reference.py", "time_limit_exceeded/prepend_concat.py"),
    "flatten": ("accepted/reference.py", "time_limit_exceeded/concatenates_result.py"),
    "lru": ("accepted/reference.py", "time_limit_exceeded/list_recency.py"),
    "queue-two-stacks": ("accepted/reference.py", "time_limit_exceeded/costly_enqueue.py"),
    "min-heap": ("accepted/reference.py", "time_limit_exceeded/sorted_list_insert.py"),
}
KEEP_OTHERWISE = ("accepted/reference.py",)  # a kata not named above keeps its reference
GRACE_S = 1.0  # a leftover seen right after a judging is looked for again after this long
BOUND_SLACK_S = 2.0  # past judging_s by more than this (the kill and the clean-up after the deadline): not within bounds


@dataclass(frozen=True)
class Item:
    kind: str  # "known" or "hostile"
    name: str  # kata/verdict/file.py or hostile/<entry>
    kata: str  # the kata's slug
    kata_dir: str  # the folder judged against (a short-limits copy for hostile entries)
    path: str
    expect: str
    judging_s: float


# --- in the worker -------------------------------------------------------------------------

def _status_kb(pid: int | str = "self") -> dict[str, int]:
    """VmRSS and VmHWM of a process, in kB ({} if it is gone)."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return {}
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"^(VmRSS|VmHWM):\s+(\d+) kB", text, re.MULTILINE)}


def _leftovers_of_me() -> list[str]:
    """What this worker's judgings left (the same checks as tests/hostile_support.py, but a
    cgroup or folder removed while it is being listed is not an error)."""
    for attempt in range(3):
        try:
            return leftovers_of({os.getpid()})
        except OSError as exc:  # something vanished mid-scan: look again
            if attempt == 2:
                return [f"(the check itself failed: {exc})"]
            time.sleep(0.1)
    return []


def soak_judge(task: Task) -> dict:
    """Judge one task as a grading worker does, then time it, look for what this worker's
    judging left behind, and read the worker's memory. Runs in a worker process."""
    started = time.monotonic()
    outcome = judge_task(task)
    wall = time.monotonic() - started
    left = _leftovers_of_me()
    transient: list[str] = []
    if left:
        time.sleep(GRACE_S)
        transient, left = left, _leftovers_of_me()
    mem = _status_kb()
    return {**outcome, "wall_s": wall, "worker": os.getpid(), "worker_rss_kb": mem.get("VmRSS", 0),
            "worker_hwm_kb": mem.get("VmHWM", 0), "left": left, "transient": [t for t in transient if t not in left]}


# --- the plan ------------------------------------------------------------------------------

def _layer_active(layers, name: str) -> bool:
    """As tests/test_hostile.py decides it ('disk' is asked of the sandbox itself)."""
    if name == "disk" and not any(layer.name == "disk" for layer in layers.items):
        from judge.sandbox import process

        return process._disk_mode(layers, layers.active("filesystem")) is not None
    return layers.active(name)


def known_items(slugs: list[str], all_submissions: bool) -> list[Item]:
    from judge.catalogue import find_kata

    cheap, expensive = [], []
    for slug in slugs:
        kata = find_kata(slug)
        keep = KEEP_EXPENSIVE.get(slug, KEEP_OTHERWISE)
        for folder, path in kata.known_submissions():
            item = Item("known", f"{slug}/{folder}/{path.name}", slug, str(kata.path), str(path), folder, kata.meta.limits.judging_s)
            if folder not in EXPENSIVE:
                cheap.append(item)
            elif all_submissions or f"{folder}/{path.name}" in keep:
                expensive.append(item)
    return interleave(cheap, expensive)


def hostile_items(tmp: Path) -> tuple[list[Item], list[str]]:
    from hostile_support import corpus, short_limits_kata

    from judge.sandbox.layers import detect

    layers = detect()
    items, skipped, made = [], [], {}
    for entry in corpus():
        missing = [n for n in entry.needs if not _layer_active(layers, n)]
        if missing:
            skipped.append(f"{entry.name} (needs {', '.join(missing)})")
            continue
        key = (entry.kata, entry.limits)
        if key not in made:
            made[key] = short_limits_kata(Path(tempfile.mkdtemp(prefix="limits-", dir=tmp)), entry.kata, entry.limits)
        kata = made[key]
        items.append(Item("hostile", f"hostile/{entry.name}", entry.kata, str(kata.path), str(entry.path), entry.expect, kata.meta.limits.judging_s))
    return items, skipped


def interleave(a: list[Item], b: list[Item]) -> list[Item]:
    """One cycle: both lists, merged evenly (each stretch of the run has the same mix)."""
    if not a or not b:
        return a + b
    total = len(a) + len(b)
    out, i, j = [], 0, 0
    for n in range(total):
        if j >= len(b) or (i < len(a) and (i + 1) / len(a) <= (j + 1) / len(b)):
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out


# --- in the parent -------------------------------------------------------------------------

def leftovers_of(pids: set[int]) -> list[str]:
    """Processes marked KATA_JUDGE_PID=<pid>, cgroups kata-<pid>-* under /sys/fs/cgroup/*/,
    scratch folders kata-run-<pid>-* in the temp folder and mounts under kata-run-<pid>- folders,
    for any of these pids."""
    me = os.getpid()
    markers = {f"KATA_JUDGE_PID={p}".encode() for p in pids}
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            status = (entry / "status").read_text()
            environ = (entry / "environ").read_bytes()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if re.search(r"^State:\s+Z", status, re.MULTILINE):
            continue
        if markers & set(environ.split(b"\0")):
            found.append(f"process {entry.name}: {cmdline[:80]!r}")
    prefixes = tuple(f"kata-{pid}-" for pid in pids)
    for top, dirs, _ in os.walk("/sys/fs/cgroup"):  # errors (a folder removed meanwhile) are skipped
        found += [f"cgroup {os.path.join(top, d)}" for d in dirs if d.startswith(prefixes)]
        dirs[:] = [d for d in dirs if not d.startswith("kata-")]
    scratch = tuple(f"kata-run-{pid}-" for pid in pids)
    try:
        found += [f"scratch {os.path.join(tempfile.gettempdir(), n)}" for n in os.listdir(tempfile.gettempdir()) if n.startswith(scratch)]
    except OSError:
        pass
    found += [f"mount {line.split()[1]}" for line in Path("/proc/self/mounts").read_text().splitlines()
              if any(p in line for p in scratch)]
    return found


def percentiles(values: list[float]) -> dict:
    if not values:
        return {"n": 0, "median": None, "p90": None, "max": None}
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return {"n": len(values), "median": round(statistics.median(ordered), 3), "p90": round(p90, 3), "max": round(ordered[-1], 3)}


def _mb(kb: int | None) -> str:
    return "-" if not kb else f"{kb / 1024:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="judgings in all (default 1000)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2, as `kata grade --jobs 2`)")
    parser.add_argument("--katas", nargs="+", default=list(DEFAULT_KATAS),
                        help=f"slugs whose known submissions are judged, or 'all' (default: {' '.join(DEFAULT_KATAS)})")
    parser.add_argument("--all-submissions", action="store_true",
                        help="every known submission of those katas (default: only a few accepted/limit ones, see KEEP_EXPENSIVE)")
    parser.add_argument("--only", choices=("known", "hostile"), help="only known submissions, or only the hostile corpus")
    parser.add_argument("--sample-every", type=int, default=50, help="a memory and leftovers line every N judgings (default 50)")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()

    from judge.catalogue import all_katas
    from judge.interrupt import stop_on_signals
    from judge.sandbox.layers import detect

    slugs = [k.slug for k in all_katas()] if args.katas == ["all"] else args.katas
    tmp = Path(tempfile.mkdtemp(prefix="kata-soak-"))
    listener = None
    try:
        known = [] if args.only == "hostile" else known_items(slugs, args.all_submissions)
        hostile, skipped = ([], []) if args.only == "known" else hostile_items(tmp)
        cycle = interleave(known, hostile)
        if not cycle:
            print("nothing to judge", file=sys.stderr)
            return 2
        plan = [cycle[i % len(cycle)] for i in range(args.count)]
        if hostile:
            from hostile_support import Listener

            try:  # network_access.py sabotages itself if it reaches this listener
                listener = Listener()
            except OSError as exc:  # another hostile run holds the port: its listener counts instead
                print(f"# no listener on the loopback ({exc}); network_access is judged without one")
        print(f"# {detect().summary()}")
        print(f"# {args.count} judgings, {args.jobs} workers, {os.cpu_count()} cores; a cycle of {len(cycle)}: "
              f"{len(known)} known submissions ({', '.join(slugs) if known else '-'}), {len(hostile)} hostile entries"
              + (f"; left out (layer not active): {', '.join(skipped)}" if skipped else ""), flush=True)

        outcomes: list[dict | None] = [None] * len(plan)
        samples: list[dict] = []
        workers_seen: set[int] = set()
        latest_rss: dict[int, int] = {}
        peak_hwm: dict[int, int] = {}
        done = 0
        started = time.monotonic()
        header = f"{'done':>6} {'elapsed s':>9} {'parent MB':>9} {'parent peak':>11} {'max worker MB':>13} {'worker peak':>11} {'errors':>6} {'wrong':>5} {'left':>4}"
        print(header, flush=True)
        counts = Counter()
        first_seen: dict[str, int] = {}  # leftover -> the judging after which it was first seen

        def sample() -> None:
            parent = _status_kb()
            live = {pid: _status_kb(pid) for pid in workers_seen}
            rss = {pid: (m.get("VmRSS") or latest_rss.get(pid, 0)) for pid, m in live.items()}
            for pid, m in live.items():
                peak_hwm[pid] = max(peak_hwm.get(pid, 0), m.get("VmHWM", 0))
            left = leftovers_of({os.getpid()} | {p for p in workers_seen if not live[p]})  # dead workers: all of theirs is left over
            counts["left"] += len([what for what in left if what not in first_seen])
            first_seen.update((what, -1) for what in left if what not in first_seen)
            row = {"done": done, "elapsed_s": round(time.monotonic() - started, 1), "parent_rss_kb": parent.get("VmRSS", 0),
                   "parent_hwm_kb": parent.get("VmHWM", 0), "worker_rss_kb": {str(p): v for p, v in rss.items()},
                   "max_worker_rss_kb": max(rss.values(), default=0), "max_worker_hwm_kb": max(peak_hwm.values(), default=0),
                   "internal_errors": counts["errors"], "wrong_verdicts": counts["wrong"], "leftovers": counts["left"],
                   "left_now": left}
            samples.append(row)
            print(f"{done:>6} {row['elapsed_s']:>9.0f} {_mb(row['parent_rss_kb']):>9} {_mb(row['parent_hwm_kb']):>11} "
                  f"{_mb(row['max_worker_rss_kb']):>13} {_mb(row['max_worker_hwm_kb']):>11} {counts['errors']:>6} {counts['wrong']:>5} {counts['left']:>4}",
                  flush=True)
            for what in left:
                print(f"       left behind: {what}", flush=True)

        def on_outcome(index: int, outcome: dict) -> None:
            nonlocal done
            item = plan[index]
            outcomes[index] = outcome
            done += 1
            if "worker" in outcome:
                workers_seen.add(outcome["worker"])
                latest_rss[outcome["worker"]] = outcome["worker_rss_kb"]
                peak_hwm[outcome["worker"]] = max(peak_hwm.get(outcome["worker"], 0), outcome["worker_hwm_kb"])
            verdict = (outcome.get("result") or {}).get("verdict")
            if "error" in outcome or verdict == "internal_error":
                counts["errors"] += 1
                print(f"       internal error #{index} {item.name}: {outcome.get('error') or _first_failure(outcome)}", flush=True)
            elif verdict != item.expect:
                counts["wrong"] += 1
                print(f"       wrong verdict #{index} {item.name}: {verdict}, expected {item.expect}: {_first_failure(outcome)}", flush=True)
            for what in outcome.get("left", []):
                if what not in first_seen:  # a leftover stays: it is counted once, after the judging that left it
                    first_seen[what] = index
                    counts["left"] += 1
                    print(f"       left behind after #{index} {item.name}: {what}", flush=True)
            if done % args.sample_every == 0 or done == len(plan):
                sample()

        with stop_on_signals("soak: interrupted; no figures written"):
            sample()  # the baseline (no worker yet)
            run_in_workers([Task(item.kata_dir, item.path, 0) for item in plan], on_outcome, judge=soak_judge, jobs=args.jobs)
            wall_total = time.monotonic() - started
            time.sleep(GRACE_S)  # the workers are stopped: now everything of theirs must be gone
            final_left = leftovers_of({os.getpid()} | workers_seen)
    finally:
        if listener is not None:
            listener.close()
        shutil.rmtree(tmp, ignore_errors=True)

    return report(args, plan, outcomes, samples, final_left, wall_total, skipped, known, hostile, listener, slugs)


def _first_failure(outcome: dict) -> str:
    for group in (outcome.get("result") or {}).get("groups", []):
        if group["verdict"] not in ("accepted", "skipped"):
            return f"[{group['name']}] {group['message'][:300]!r}"
    return ""


def report(args, plan, outcomes, samples, final_left, wall_total, skipped, known, hostile, listener, slugs) -> int:
    errors, wrong, left_after, transient, over_bound = [], [], [], [], []
    walls: dict[str, list[float]] = defaultdict(list)
    per_entry: dict[str, list[float]] = defaultdict(list)
    for index, (item, outcome) in enumerate(zip(plan, outcomes)):
        outcome = outcome or {"error": "no outcome"}
        verdict = (outcome.get("result") or {}).get("verdict")
        where = {"judging": index, "entry": item.name, "kind": item.kind, "expected": item.expect, "verdict": verdict}
        if "error" in outcome or verdict == "internal_error":
            errors.append({**where, "error": outcome.get("error") or _first_failure(outcome)})
        elif verdict != item.expect:
            wrong.append({**where, "failure": _first_failure(outcome)})
        left_after += [{**where, "left": what} for what in outcome.get("left", []) if what not in {r["left"] for r in left_after}]
        transient += [{**where, "left": what} for what in outcome.get("transient", [])]
        if "wall_s" in outcome:
            walls["all"].append(outcome["wall_s"])
            walls[item.kind].append(outcome["wall_s"])
            walls[f"{item.kind}: {item.expect}"].append(outcome["wall_s"])
            per_entry[item.name].append(outcome["wall_s"])
            if outcome["wall_s"] > item.judging_s + BOUND_SLACK_S:
                over_bound.append({**where, "wall_s": round(outcome["wall_s"], 2), "judging_s": item.judging_s})
    periodic_left = sorted({what for s in samples for what in s["left_now"]})
    timing = {kind: percentiles(values) for kind, values in sorted(walls.items(), key=lambda kv: (kv[0] != "all", kv[0]))}
    slowest = sorted(((max(v), statistics.median(v), name) for name, v in per_entry.items()), reverse=True)[:5]
    first, last = (samples[1] if len(samples) > 1 else samples[0]), samples[-1]
    failed = bool(errors or wrong or left_after or periodic_left or final_left)

    print()
    print(f"{'wall time per judging (s)':34} {'n':>5} {'median':>7} {'p90':>7} {'max':>7}")
    for kind, p in timing.items():
        print(f"{kind:34} {p['n']:>5} {p['median']:>7.2f} {p['p90']:>7.2f} {p['max']:>7.2f}")
    print("slowest entries (max, median s): " + "; ".join(f"{name} {mx:.1f}, {md:.1f}" for mx, md, name in slowest))
    print()
    lines = [
        ("judgings", f"{sum(o is not None for o in outcomes)} of {len(plan)} in {wall_total:.0f} s ({args.jobs} workers)"),
        ("internal errors", str(len(errors))),
        ("wrong verdicts", str(len(wrong))),
        ("left behind after a judging (distinct)", str(len(left_after))),
        ("  seen but gone within 1 s", str(len(transient))),
        ("left behind, periodic checks", str(len(periodic_left))),
        ("left behind at the end", str(len(final_left))),
        (f"past their kata's judging_s + {BOUND_SLACK_S:g} s", str(len(over_bound))),
        ("network connections that got through", "-" if listener is None else str(listener.connections)),
        ("parent RSS MB, first → last sample", f"{_mb(first['parent_rss_kb'])} → {_mb(last['parent_rss_kb'])} (peak {_mb(last['parent_hwm_kb'])})"),
        ("max worker RSS MB, first → last", f"{_mb(first['max_worker_rss_kb'])} → {_mb(last['max_worker_rss_kb'])} (peak {_mb(last['max_worker_hwm_kb'])})"),
    ]
    for label, value in lines:
        print(f"{label:38} {value}")
    for title, rows in (("internal errors", errors), ("wrong verdicts", wrong), ("left behind", left_after)):
        for row in rows[:20]:
            print(f"  {title}: #{row['judging']} {row['entry']} expected {row['expected']}, got {row['verdict']}: "
                  f"{row.get('error') or row.get('failure') or row.get('left')}")
    for what in final_left[:20]:
        print(f"  left behind at the end: {what}")
    print("FAILED" if failed else "OK: every judging answered, with the expected verdict, and nothing was left behind")

    if args.json:
        data = {
            "count": len(plan), "judged": sum(o is not None for o in outcomes), "jobs": args.jobs, "cores": os.cpu_count(),
            "katas": slugs if known else [], "known_submissions": len(known), "hostile_entries": len(hostile),
            "hostile_left_out": skipped, "wall_total_s": round(wall_total, 1),
            "internal_errors": errors, "wrong_verdicts": wrong,
            "left_behind_after_judging": left_after, "left_behind_transient": transient,
            "left_behind_periodic": periodic_left, "left_behind_at_end": final_left,
            "past_judging_s": over_bound, "network_connections": None if listener is None else listener.connections,
            "wall_s": timing, "slowest": [{"entry": n, "max_s": round(mx, 2), "median_s": round(md, 2)} for mx, md, n in slowest],
            "memory_samples": [{k: v for k, v in s.items()} for s in samples],
            "judgings": [{"entry": item.name, "kind": item.kind, "expected": item.expect,
                          "verdict": ((o or {}).get("result") or {}).get("verdict"), "error": (o or {}).get("error"),
                          "wall_s": round((o or {}).get("wall_s", 0), 3), "worker": (o or {}).get("worker")}
                         for item, o in zip(plan, outcomes)],
            "ok": not failed,
        }
        args.json.write_text(json.dumps(data, indent=1) + "\n")
        print(f"figures written to {args.json}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
