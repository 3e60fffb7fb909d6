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
import traceback


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


def _crash(exc):
    """An exception the contract does not allow, described the way the judge describes one."""
    path = getattr(sys.modules["solution"], "__file__", None)
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == path]
    return {
        "type": type(exc).__name__,
        "mro": [c.__name__ for c in type(exc).__mro__],
        "message": str(exc)[:2000],
        "traceback": "\n".join(f"  line {f.lineno}, in {f.name}: {(f.line or '').strip()}" for f in frames[-6:]),
        "recursion": isinstance(exc, RecursionError),
    }


def attempt(src, dst, amount, accounts, timeout=2.0):
    """One transfer, in a thread of its own: {"returned": value}, {"raised": info} or {"hung": True}
    (the call did not return within `timeout` seconds; its thread is left waiting), with the
    balances of `accounts` afterwards."""
    transfer = sys.modules["solution"].transfer
    outcome = {}

    def call():
        try:
            value = transfer(src, dst, amount)
        except BaseException as exc:
            outcome["raised"] = _crash(exc)
        else:
            outcome["returned"] = value if value is None or type(value) in (bool, int, float, str) else repr(value)

    thread = threading.Thread(target=call, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        return {"hung": True}
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
                errors.append(_crash(exc))
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
