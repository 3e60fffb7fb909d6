"""Too slow (forever): acquire() without try/finally, so the ValueError path leaves both locks held and the next transfer waits."""


def transfer(src, dst, amount):
    if amount <= 0 or src is dst:
        raise ValueError("invalid transfer")
    first, second = sorted((src, dst), key=lambda account: account.id)
    first.lock.acquire()
    second.lock.acquire()
    if src.balance < amount:
        raise ValueError("insufficient funds")
    src.balance -= amount
    dst.balance += amount
    second.lock.release()
    first.lock.release()
