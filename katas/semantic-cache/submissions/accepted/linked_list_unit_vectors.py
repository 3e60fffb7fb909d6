"""Accepted: a dict of nodes and a doubly linked list in use order (most recent at the tail); each
entry keeps its embedding scaled to unit length, so a similarity is one dot product with the
unit query; get() walks from the tail and keeps the first best."""

import math


class _Node:
    __slots__ = ("unit", "response", "prev", "next")

    def __init__(self, unit=None, response=None):
        self.unit = unit
        self.response = response
        self.prev = self.next = None


class SemanticCache:
    def __init__(self, capacity: int, threshold: float = 0.95) -> None:
        if capacity < 1:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.threshold = threshold
        self.size = 0
        self.dim = None
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unit(self, embedding):
        if self.dim is not None and len(embedding) != self.dim:
            raise ValueError(f"dimension must be {self.dim}")
        norm = math.sqrt(sum(x * x for x in embedding))
        if norm == 0.0:
            raise ValueError("zero vector")
        return [x / norm for x in embedding]

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push(self, node):
        last = self.tail.prev
        last.next = node
        node.prev, node.next = last, self.tail
        self.tail.prev = node

    def get(self, embedding):
        if self.size == 0:
            return None
        q = self._unit(embedding)
        best, best_node = -2.0, None
        node = self.tail.prev
        while node is not self.head:
            sim = sum(a * b for a, b in zip(node.unit, q))
            if sim > best:
                best, best_node = sim, node
            node = node.prev
        if best < self.threshold:
            return None
        self._unlink(best_node)
        self._push(best_node)
        return best_node.response

    def put(self, embedding, response) -> None:
        unit = self._unit(embedding)
        if self.size == self.capacity:
            self._unlink(self.head.next)
            self.size -= 1
        self._push(_Node(unit, response))
        self.size += 1
        if self.dim is None:
            self.dim = len(embedding)
