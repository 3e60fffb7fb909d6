"""Compile error: imports a module that does not exist (threading is the standard one)."""

from threads import Lock

_lock = Lock()


def transfer(src, dst, amount):
    with _lock:
        src.balance -= amount
        dst.balance += amount
