"""Too slow: one sorted list per replica number i (the i-th point of every node), and node_for
binary-searches each of them and takes the nearest point found: O(replicas · log(nodes)) per
lookup. Fast with many nodes of few replicas; a scan when each node has many."""

import bisect
import hashlib


def _position(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), replicas=100):
        if replicas < 1:
            raise ValueError("replicas must be at least 1")
        self._replicas = replicas
        self._names = set()
        self._layers = [[] for _ in range(replicas)]  # layer i: sorted (position of n#i, n)
        for name in nodes:
            self.add_node(name)

    def add_node(self, name):
        if name in self._names:
            raise ValueError(f"{name!r} is already on the ring")
        self._names.add(name)
        for i, layer in enumerate(self._layers):
            bisect.insort(layer, (_position(f"{name}#{i}"), name))

    def remove_node(self, name):
        if name not in self._names:
            raise KeyError(name)
        self._names.remove(name)
        for i, layer in enumerate(self._layers):
            layer.remove((_position(f"{name}#{i}"), name))

    def node_for(self, key):
        if not self._names:
            raise LookupError("empty ring")
        target = (_position(str(key)),)
        best = lowest = None
        for layer in self._layers:  # every replica number, for every lookup
            i = bisect.bisect_left(layer, target)
            if i < len(layer) and (best is None or layer[i] < best):
                best = layer[i]
            if lowest is None or layer[0] < lowest:
                lowest = layer[0]
        return (best or lowest)[1]

    def __len__(self):
        return len(self._names)
