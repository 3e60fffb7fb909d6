# expect: memory_limit_exceeded
"""Allocates far more memory than the limit."""


def find_pairs(arr, target):
    hoard = []
    while True:
        hoard.append(bytearray(64 * 1024 * 1024))
