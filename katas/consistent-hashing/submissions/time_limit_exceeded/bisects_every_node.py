"""Too slow: each node keeps its own sorted points, and node_for binary-searches every node's list
and takes the nearest point found: O(nodes · log(replicas)) per lookup, a scan of the nodes."""

import bisect
import hashlib


def _position(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), replicas=100):
        if replicas < 1:
            raise ValueError("replicas must be at least 1")
        self._replicas = replicas
        self._points = {}  # node -> its sorted positions
        for name in nodes:
            self.add_node(name)

    def add_node(self, name):
        if name in self._points:
            raise ValueError(f"{name!r} is already on the ring")
        self._points[name] = sorted(_position(f"{name}#{i}") for i in range(self._replicas))

    def remove_node(self, name):
        del self._points[name]

    def node_for(self, key):
        if not self._points:
            raise LookupError("empty ring")
        target = _position(str(key))
        best = lowest = None
        for name, points in self._points.items():  # every node, for every lookup
            i = bisect.bisect_left(points, target)
            if i < len(points) and (best is None or points[i] < best[0]):
                best = (points[i], name)
            if lowest is None or points[0] < lowest[0]:
                lowest = (points[0], name)
        return (best or lowest)[1]

    def __len__(self):
        return len(self._points)
