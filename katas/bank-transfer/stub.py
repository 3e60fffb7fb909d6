"""Debug a race condition: transfers between accounts. Run `kata show bank-transfer` for the full statement."""

import threading


class Account:
    """For trying your code locally; the judge passes accounts of its own with the same three attributes."""

    def __init__(self, id: int, balance: int) -> None:
        self.id = id  # unique
        self.balance = balance
        self.lock = threading.Lock()


def transfer(src, dst, amount: int) -> None:
    """Move amount from src to dst atomically. Raise ValueError, changing nothing, if amount <= 0,
    src is dst, or src.balance < amount. Must stay correct with many threads transferring at once
    in every direction: no lost update, no negative balance, no deadlock."""
    raise NotImplementedError
