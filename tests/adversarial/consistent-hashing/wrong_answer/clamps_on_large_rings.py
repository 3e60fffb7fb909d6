# class: wrong-on-large
# why: correct on the small rings the examples and properties use, but above 1,000 points a key past the last point stays on the last point's node instead of wrapping around (one comparison saved); the measured lookups fall past the last point about twice per ring, and every answer is checked against the reference's
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
        self.replicas, self.names, self.owner = replicas, set(), {}
        self.points = []
        for name in names:
            self.add_node(name)

    def add_node(self, name):
        if name in self.names:
            raise ValueError(name)
        self.names.add(name)
        for i in range(self.replicas):
            p = _h(f"{name}#{i}")
            self.owner[p] = name
            bisect.insort(self.points, p)

    def remove_node(self, name):
        if name not in self.names:
            raise KeyError(name)
        self.names.remove(name)
        for i in range(self.replicas):
            p = _h(f"{name}#{i}")
            del self.owner[p]
            self.points.pop(bisect.bisect_left(self.points, p))

    def node_for(self, key):
        if not self.points:
            raise LookupError("empty ring")
        i = bisect.bisect_left(self.points, _h(str(key)))
        if i == len(self.points):
            i = i - 1 if len(self.points) > 1000 else 0
        return self.owner[self.points[i]]

    def __len__(self):
        return len(self.names)
