"""Also accepted: what the contract calls fine for add_node, one bisect.insort per virtual point
(a parallel list of owners gets a list.insert at the same index), also when the constructor adds
its nodes one by one; node_for is one bisect_left, wrapping with a modulo after checking for an
empty ring."""

from bisect import bisect_left
from hashlib import sha256


def h(s):
    return int.from_bytes(sha256(s.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), replicas=100):
        if replicas < 1:
            raise ValueError("replicas must be >= 1")
        self.replicas = replicas
        self.points = []
        self.owners = []
        self.names = set()
        for name in nodes:
            self.add_node(name)

    def add_node(self, name):
        if name in self.names:
            raise ValueError(f"duplicate node {name}")
        self.names.add(name)
        for i in range(self.replicas):
            p = h(f"{name}#{i}")
            at = bisect_left(self.points, p)
            self.points.insert(at, p)
            self.owners.insert(at, name)

    def remove_node(self, name):
        if name not in self.names:
            raise KeyError(name)
        self.names.discard(name)
        for i in range(self.replicas):
            at = bisect_left(self.points, h(f"{name}#{i}"))
            del self.points[at]
            del self.owners[at]

    def node_for(self, key):
        if not self.points:
            raise LookupError("empty ring")
        return self.owners[bisect_left(self.points, h(str(key))) % len(self.points)]

    def __len__(self):
        return len(self.names)
