"""Too slow (forever): locks src then dst, so transfer(a, b) and transfer(b, a) at once each hold one lock and wait for the other."""


def transfer(src, dst, amount):
    if amount <= 0 or src is dst:
        raise ValueError("invalid transfer")
    with src.lock:
        with dst.lock:
            if src.balance < amount:
                raise ValueError("insufficient funds")
            src.balance -= amount
            dst.balance += amount
