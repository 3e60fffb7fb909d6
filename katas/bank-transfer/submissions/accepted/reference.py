"""Reference: refuse bad requests before any lock; take both locks in id order (so two
transfers never wait for each other in a cycle); check and move while holding both."""


def transfer(src, dst, amount) -> None:
    if amount <= 0:
        raise ValueError(f"amount must be positive, got {amount}")
    if src is dst:
        raise ValueError("cannot transfer from an account to itself")
    first, second = (src, dst) if src.id < dst.id else (dst, src)
    with first.lock, second.lock:
        if src.balance < amount:
            raise ValueError(f"insufficient funds: balance {src.balance}, amount {amount}")
        src.balance -= amount
        dst.balance += amount
