"""Compile error: a dangling `and` in the with statement (`with src.lock and:`)."""


def transfer(src, dst, amount):
    with src.lock and:
        src.balance -= amount
        dst.balance += amount
