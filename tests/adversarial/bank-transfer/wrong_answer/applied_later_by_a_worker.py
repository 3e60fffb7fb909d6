# class: move-work
# why: transfer() only queues the request and returns at once; a background thread takes the locks and moves the money later, so the call itself is cheap; but a transfer must be done (or refused with ValueError) when the call returns, so the balances read afterwards are wrong: a wrong answer.
import queue
import threading

_requests = queue.SimpleQueue()


def _worker():
    while True:
        src, dst, amount = _requests.get()
        first, second = (src, dst) if src.id < dst.id else (dst, src)
        with first.lock, second.lock:
            if src.balance >= amount:
                src.balance -= amount
                dst.balance += amount


threading.Thread(target=_worker, daemon=True).start()


def transfer(src, dst, amount):
    if amount <= 0 or src is dst:
        raise ValueError("invalid transfer")
    _requests.put((src, dst, amount))
