"""Compile error: the class is called SemanticCaching, not SemanticCache, so the required name is missing."""


class SemanticCaching:
    def __init__(self, capacity, threshold=0.95):
        self.capacity = capacity
