"""Wrong: never checks the balance, so a transfer of more than src holds leaves it negative."""


def transfer(src, dst, amount):
    if amount <= 0 or src is dst:
        raise ValueError("invalid transfer")
    first, second = sorted((src, dst), key=lambda account: account.id)
    with first.lock, second.lock:
        src.balance -= amount
        dst.balance += amount
