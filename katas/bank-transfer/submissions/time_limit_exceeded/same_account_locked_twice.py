"""Too slow (forever): the src-is-dst check comes after the locks, and a Lock taken twice by one thread waits for itself."""


def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda account: account.id)
    with first.lock, second.lock:
        if amount <= 0 or src is dst or src.balance < amount:
            raise ValueError("invalid transfer")
        src.balance -= amount
        dst.balance += amount
