"""Compile error: `self` is missing a comma in the parameter list."""


class MinHeap:
    def __init__(self):
        self.items = []

    def insert(self val):
        self.items.append(val)
