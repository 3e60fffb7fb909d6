"""Running judgings: in worker processes (`--jobs N`), each judging one submission at a time.

The judge runs hidden tests with pytest in its own process and starts a solution
process per submission, so parallel judgings need separate processes, never threads.
Timing-sensitive phases of concurrent judgings are serialised by the machine-wide
measuring lock (judge/complexity/lock.py); everything else runs side by side.

A task's outcome is plain data: {"result": JudgeResult.to_json()} or {"error": text}
when the judge itself failed (an exception, or the worker process died).
"""

from __future__ import annotations

import functools
import multiprocessing
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from ..sandbox import registry

Outcome = dict
OnOutcome = Callable[[int, Outcome], None]


@dataclass(frozen=True)
class Task:
    kata_dir: str  # the kata's folder
    submission: str  # the file to judge (a private snapshot of the member's file)
    seed: int
    variant: str | None = None  # the LeetCode slug the file is written to, if any
    strict: bool = False  # a variant held to the kata's own bounds


@functools.lru_cache(maxsize=None)
def _load(kata_dir: str, variant: str | None = None):
    from ..model import load_kata

    kata = load_kata(Path(kata_dir))
    return kata.with_variant(variant) if variant else kata


def judge_task(task: Task) -> Outcome:
    """Judge one task with the real judge. Runs in a worker process."""
    from ..judging import judge_submission

    kata = _load(task.kata_dir, task.variant)
    return {"result": judge_submission(kata, Path(task.submission), seed=task.seed, strict=task.strict).to_json()}


def _attempt(judge: Callable[[Task], Outcome], task: Task) -> Outcome:
    try:
        return judge(task)
    except Exception as exc:  # the judge's own failure, reported in this submission's cell
        where = traceback.extract_tb(exc.__traceback__)[-1]
        return {"error": f"{type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})"}


def run_inline(tasks: Sequence[Task], on_outcome: OnOutcome, judge: Callable[[Task], Outcome] = judge_task) -> None:
    """Judge the tasks one after another in this process (library use and tests)."""
    for index, task in enumerate(tasks):
        on_outcome(index, _attempt(judge, task))


STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}
STOP_WAIT_S = 0.6  # how long a stopped pool waits for its workers to close their sandboxes
# A worker is replaced by a fresh one after this many judgings: each judging runs pytest and
# hypothesis in the worker's process, whose module and plugin state grows by some tens of KB a
# run (a soak of 1,000 judgings saw a worker go from 72 to 105 MB); a fresh process bounds it.
TASKS_PER_WORKER = 100


def _serve(conn: Connection, judge: Callable[[Task], Outcome]) -> None:
    """A worker: judge what the parent sends, one task at a time, until told to stop.
    SIGINT (a Ctrl-C reaches the whole process group) or SIGTERM (from a stopped parent)
    closes its solution processes and ends it silently: the parent speaks."""
    from ..interrupt import stop_on_signals

    with stop_on_signals(message=None):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)  # blocked by the parent until now
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                return  # the parent is gone
            if message is None:
                return
            index, task = message
            conn.send((index, _attempt(judge, task)))


class _Worker:
    def __init__(self, context, judge) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, judge), name="kata-grade-worker")
        # Started with SIGINT and SIGTERM blocked (the mask is inherited): a Ctrl-C while it
        # imports waits until its handler is in place, instead of a KeyboardInterrupt traceback.
        old = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
        try:
            self.process.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, old)
        child.close()
        self.task: int | None = None
        self.done = 0

    def give(self, index: int, task: Task) -> None:
        self.task = index
        self.conn.send((index, task))

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def run_in_workers(
    tasks: Sequence[Task], on_outcome: OnOutcome, judge: Callable[[Task], Outcome] = judge_task, jobs: int = 1
) -> None:
    """Judge the tasks in `jobs` worker processes. A worker that dies takes only its own
    task with it (an internal error in that cell) and is replaced."""
    if not tasks:
        return
    context = multiprocessing.get_context("spawn")  # no fork: the parent may run threads (the progress bar)
    queue = deque(enumerate(tasks))
    workers: list[_Worker] = []
    pool = _Pool(workers)
    registry.register(pool)  # a stopped grading (judge/interrupt.py) ends the workers and what they started
    workers += [_Worker(context, judge) for _ in range(min(jobs, len(tasks)))]

    def died(slot: int) -> Outcome:
        worker = workers[slot]
        worker.process.join()
        worker.conn.close()
        workers[slot] = _Worker(context, judge)
        return {"error": f"the worker judging this submission died (exit code {worker.process.exitcode})"}

    def feed(slot: int) -> None:
        while queue:
            index, task = queue.popleft()
            try:
                workers[slot].give(index, task)
                return
            except OSError:  # it died while idle: replace it, and its task fails once, visibly
                on_outcome(index, died(slot))

    try:
        for slot in range(len(workers)):
            feed(slot)
        while any(w.task is not None for w in workers):
            busy = [w for w in workers if w.task is not None]
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.conn not in ready and worker.process.sentinel not in ready:
                    continue
                slot, index = workers.index(worker), worker.task
                try:
                    _, outcome = worker.conn.recv()
                    worker.task = None
                    worker.done += 1
                except (EOFError, OSError):
                    outcome = died(slot)
                on_outcome(index, outcome)
                if workers[slot].done >= TASKS_PER_WORKER and queue:
                    workers[slot].stop()
                    workers[slot] = _Worker(context, judge)
                feed(slot)
    finally:
        registry.unregister(pool)
        for worker in workers:
            worker.stop()


class _Pool:
    """The live workers, as the registry closes them when grading is stopped: SIGTERM to
    each (they close their own sandboxes), SIGKILL to any still there after STOP_WAIT_S,
    then their leftovers are reaped (a worker killed outright cleans nothing)."""

    def __init__(self, workers: list[_Worker]) -> None:
        self.workers = workers

    def close(self) -> None:
        from ..sandbox.reaper import reap

        processes = [w.process for w in self.workers]
        for process in processes:
            if process.pid is not None and process.exitcode is None:
                process.terminate()
        deadline = time.monotonic() + STOP_WAIT_S
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
        for process in processes:
            if process.exitcode is None:
                process.kill()
                process.join(1)
        reap([p.pid for p in processes if p.pid is not None])
