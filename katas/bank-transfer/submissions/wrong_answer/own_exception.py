"""Wrong: refuses with an exception class of its own that is not a ValueError."""


class InsufficientFunds(Exception):
    pass


def transfer(src, dst, amount):
    if amount <= 0 or src is dst:
        raise ValueError("invalid transfer")
    first, second = sorted((src, dst), key=lambda account: account.id)
    with first.lock, second.lock:
        if src.balance < amount:
            raise InsufficientFunds(f"{src.balance} < {amount}")
        src.balance -= amount
        dst.balance += amount
