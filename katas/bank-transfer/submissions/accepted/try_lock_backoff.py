"""Also accepted: no global order; take src's lock, try dst's without blocking, and on
failure release everything and retry, so no thread ever waits while holding a lock."""

import time


def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if src is dst:
        raise ValueError("same account")
    while True:
        src.lock.acquire()
        try:
            if dst.lock.acquire(blocking=False):
                try:
                    if src.balance < amount:
                        raise ValueError("insufficient funds")
                    src.balance -= amount
                    dst.balance += amount
                    return
                finally:
                    dst.lock.release()
        finally:
            src.lock.release()
        time.sleep(0.0001)
