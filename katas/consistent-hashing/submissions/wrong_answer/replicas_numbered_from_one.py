"""Wrong: the virtual points are numbered 1 to replicas, not 0 to replicas - 1, so every node sits at the wrong positions."""

import bisect
import hashlib


def _position(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), replicas=100):
        if replicas < 1:
            raise ValueError(f"replicas must be at least 1, got {replicas}")
        names = list(nodes)
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate node names in {names!r}")
        self._replicas = replicas
        self._nodes = set(names)
        self._owner = {}  # position -> node name
        for name in names:
            for position in self._points(name):
                self._owner[position] = name
        self._positions = sorted(self._owner)

    def _points(self, name):
        return [_position(f"{name}#{i}") for i in range(1, self._replicas + 1)]

    def add_node(self, name) -> None:
        if name in self._nodes:
            raise ValueError(f"node {name!r} is already on the ring")
        new = sorted(self._points(name))
        self._nodes.add(name)
        for position in new:
            self._owner[position] = name
        self._positions += new
        self._positions.sort()  # two sorted runs: timsort merges them in linear time

    def remove_node(self, name) -> None:
        if name not in self._nodes:
            raise KeyError(name)
        self._nodes.remove(name)
        for position in self._points(name):
            del self._owner[position]
        self._positions = [p for p in self._positions if p in self._owner]

    def node_for(self, key) -> str:
        if not self._positions:
            raise LookupError("node_for on an empty ring")
        i = bisect.bisect_left(self._positions, _position(str(key)))
        if i == len(self._positions):
            i = 0  # past the last point: wrap around to the first
        return self._owner[self._positions[i]]

    def __len__(self) -> int:
        return len(self._nodes)
