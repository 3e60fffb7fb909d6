"""Too slow: orders the two locks by each account's position in a module-level registry,
found with `in` and list.index, which scan every account registered so far: O(number of
accounts) per transfer, where comparing the accounts' ids is O(1)."""

_registry = []


def _rank(account):
    if account not in _registry:
        _registry.append(account)
    return _registry.index(account)


def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if src is dst:
        raise ValueError("same account")
    first, second = (src, dst) if _rank(src) < _rank(dst) else (dst, src)
    with first.lock, second.lock:
        if src.balance < amount:
            raise ValueError("insufficient funds")
        src.balance -= amount
        dst.balance += amount
