"""Runs in the solution process: the judge's accounts, and the scenarios that run
transfers on them, in threads, so that a hang or a deadlock is caught by a timeout
here instead of hanging the judge.

Race conditions are made visible by design, not by luck: every read of
`.balance` lets other threads run after reading, every write lets them run
before writing, and every read of `.lock` lets them run before the lock is
taken; while a concurrent scenario runs, the interpreter also switches threads
every microsecond. An unlocked read-modify-write then loses updates, a balance
checked before the locks are taken goes negative, and two locks taken in
src-then-dst order deadlock, on every run.

Everything returned is plain data.
"""

import sys
import threading
import time
from array import array

from kata_workload import call_guarded, describe_exception


# Threads that deadlock or hang are left waiting (as daemons) for the rest of the run; small
# stacks keep many of them within the solution process's address-space limit.
threading.stack_size(256 * 1024)


def _let_others_run():
    time.sleep(0)  # releases the GIL: another thread can run here


class Account:
    """An account with .id (a unique int), .balance (an int, readable and writable)
    and .lock (a threading.Lock)."""

    def __init__(self, id, balance):
        self.id = id
        self._balance = balance
        self._lock = threading.Lock()

    @property
    def balance(self):
        value = self._balance
        _let_others_run()
        return value

    @balance.setter
    def balance(self, value):
        _let_others_run()
        self._balance = value

    @property
    def lock(self):
        _let_others_run()
        return self._lock

    def __repr__(self):
        return f"Account(id={self.id}, balance={self._balance})"


def balances(accounts):
    """The balances as they are (no lock taken, no thread switch)."""
    return [a._balance for a in accounts]


def attempt(src, dst, amount, accounts, timeout=2.0):
    """One transfer, in a thread of its own: {"returned": value}, {"raised": info} or {"hung": True}
    (the call did not return within `timeout` seconds; its thread is left waiting), with the
    balances of `accounts` afterwards."""
    outcome = call_guarded(sys.modules["solution"].transfer, src, dst, amount, timeout=timeout)
    if "hung" not in outcome:
        outcome["balances"] = balances(accounts)
    return outcome


def run_concurrently(start_balances, plans, ids=None, stall_s=2.0, limit_s=8.0):
    """Accounts with these balances (and ids), and one thread per plan, all started together;
    each plan is a list of (src index, dst index, amount) transfers made in order.

    Returns {"finished", "deadlocked", "balances", "succeeded", "refused", "done", "errors"}:
    per thread, the transfers that returned and the ones refused with ValueError; "deadlocked"
    when no transfer finished for `stall_s` seconds while threads were still running (their
    threads are left waiting, as daemons); "errors" are other exceptions, which stop a thread.
    """
    transfer = sys.modules["solution"].transfer
    ids = ids or list(range(1, len(start_balances) + 1))
    accounts = [Account(i, b) for i, b in zip(ids, start_balances)]
    succeeded = [0] * len(plans)
    refused = [0] * len(plans)
    errors = []
    barrier = threading.Barrier(len(plans))

    def worker(k):
        try:
            barrier.wait(timeout=5)
        except threading.BrokenBarrierError:
            return
        for i, j, amount in plans[k]:
            try:
                transfer(accounts[i], accounts[j], amount)
            except ValueError:
                refused[k] += 1
            except BaseException as exc:
                errors.append(describe_exception(exc))
                return
            else:
                succeeded[k] += 1

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(len(plans))]
    saved = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    deadlocked = False
    try:
        for t in threads:
            t.start()
        started = last_change = time.monotonic()
        last = -1
        while any(t.is_alive() for t in threads):
            time.sleep(0.01)
            now = time.monotonic()
            progress = sum(succeeded) + sum(refused)
            if progress != last:
                last, last_change = progress, now
            elif now - last_change > stall_s:
                deadlocked = True
                break
            if now - started > limit_s:
                break
    finally:
        sys.setswitchinterval(saved)
    return {
        "finished": not any(t.is_alive() for t in threads),
        "deadlocked": deadlocked,
        "balances": balances(accounts),
        "succeeded": succeeded,
        "refused": refused,
        "done": sum(succeeded) + sum(refused),
        "errors": errors[:3],
    }


# the workload the performance group measures -----------------------------------------
class _PlainAccount:
    """The performance group's account: .id, .balance and .lock as plain slots (no thread
    switch inside them), so that what is measured is the transfer itself."""

    __slots__ = ("id", "balance", "lock")

    def __init__(self, id, balance):
        self.id = id
        self.balance = balance
        self.lock = threading.Lock()


def _indices(rng, count, below):
    return [x % below for x in array("I", rng.randbytes(4 * count))]


def workload_transfers(solution, n, rng):
    """n accounts (unique ids in random order, balances 0..100), then n transfers in one
    thread between random accounts, of -2..40: most move money, some are refused (not
    enough money, an amount not above 0, or, one time in fifty, src is dst). Returns what
    each transfer returned, or "ValueError", and the balances at the end."""
    ids = rng.sample(range(1, 10 * n), n)
    accounts = list(map(_PlainAccount, ids, _indices(rng, n, 101)))
    srcs = _indices(rng, n, n)
    dsts = [s if r == 0 else d for s, d, r in zip(srcs, _indices(rng, n, n), _indices(rng, n, 50))]
    amounts = [a - 2 for a in _indices(rng, n, 43)]
    transfer = solution.transfer
    answers = []
    for s, d, amount in zip(srcs, dsts, amounts):
        try:
            answers.append(transfer(accounts[s], accounts[d], amount))
        except ValueError:
            answers.append("ValueError")
    answers.append([a.balance for a in accounts])
    return answers
