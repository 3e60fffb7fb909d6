"""Wrong: only src's lock is held, so two transfers into the same account from different sources lose an update on dst."""


def transfer(src, dst, amount):
    if amount <= 0 or src is dst:
        raise ValueError("invalid transfer")
    with src.lock:
        if src.balance < amount:
            raise ValueError("insufficient funds")
        src.balance -= amount
        dst.balance += amount
