# expect: runtime_error
"""Switches off the item cap in the child's copy of the wire protocol and returns 1.5 million
ints: the judge's own decoding must count and refuse them."""
import kata_protocol

kata_protocol.MAX_ITEMS = 10**9


def find_pairs(arr, target):
    return [0] * 1_500_000
