"""Wrong: accepts a negative amount, which moves money backwards, from dst to src."""


def transfer(src, dst, amount):
    if src is dst:
        raise ValueError("same account")
    first, second = sorted((src, dst), key=lambda account: account.id)
    with first.lock, second.lock:
        if src.balance < amount:
            raise ValueError("insufficient funds")
        src.balance -= amount
        dst.balance += amount
