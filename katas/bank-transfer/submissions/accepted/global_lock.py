"""Also accepted: one lock for every transfer in the program. Coarse (transfers between
unrelated accounts wait for each other) but correct: no lost update, no negative balance,
and a single lock cannot deadlock."""

import threading

_bank_lock = threading.Lock()


def transfer(src, dst, amount):
    if amount <= 0 or src is dst:
        raise ValueError("invalid transfer")
    with _bank_lock:
        if src.balance < amount:
            raise ValueError("insufficient funds")
        src.balance = src.balance - amount
        dst.balance = dst.balance + amount
