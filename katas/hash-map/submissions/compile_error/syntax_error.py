"""Compile error: an unclosed bracket in __init__."""


class HashMap:
    def __init__(self):
        self.buckets = [[] for _ in range(8)
        self.size = 0
