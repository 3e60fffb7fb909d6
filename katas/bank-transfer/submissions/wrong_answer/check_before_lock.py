"""Wrong: the balance is checked before the locks are taken, so under contention several threads pass the check for the same money."""


def transfer(src, dst, amount):
    if amount <= 0 or src is dst:
        raise ValueError("invalid transfer")
    if src.balance < amount:
        raise ValueError("insufficient funds")
    first, second = sorted((src, dst), key=lambda account: account.id)
    with first.lock, second.lock:
        src.balance -= amount
        dst.balance += amount
