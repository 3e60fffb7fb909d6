"""Compile error: a missing colon."""


class LRUCache:
    def __init__(self, capacity)
        self.capacity = capacity
