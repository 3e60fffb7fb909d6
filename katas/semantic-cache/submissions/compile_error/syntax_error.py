"""Compile error: an unclosed bracket."""


class SemanticCache:
    def __init__(self, capacity, threshold=0.95):
        self.entries = [
