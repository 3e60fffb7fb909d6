# class: other
# why: a real binary search, but on a fresh copy of the point list (a slice, C speed) made for every lookup "so that a concurrent add_node cannot change it underneath": a memcpy of N pointers per node_for is O(nodes · replicas), small per call but growing with the ring, and the kernel's CPU count shows it from 512 to 16,384 points
import bisect
import hashlib


def _h(s):
    return int.from_bytes(hashlib.sha256(s.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), replicas=100):
        if replicas < 1:
            raise ValueError("replicas must be at least 1")
        names = list(nodes)
        if len(set(names)) != len(names):
            raise ValueError("duplicate names")
        self.replicas, self.names = replicas, set(names)
        self.owner = {_h(f"{n}#{i}"): n for n in names for i in range(replicas)}
        self.points = sorted(self.owner)

    def add_node(self, name):
        if name in self.names:
            raise ValueError(name)
        self.names.add(name)
        for i in range(self.replicas):
            self.owner[_h(f"{name}#{i}")] = name
        self.points = sorted(self.owner)

    def remove_node(self, name):
        if name not in self.names:
            raise KeyError(name)
        self.names.remove(name)
        for i in range(self.replicas):
            del self.owner[_h(f"{name}#{i}")]
        self.points = sorted(self.owner)

    def node_for(self, key):
        points = self.points[:]  # a snapshot per lookup
        if not points:
            raise LookupError("empty ring")
        i = bisect.bisect_left(points, _h(str(key)))
        return self.owner[points[i % len(points)]]

    def __len__(self):
        return len(self.names)
