"""The model both test files judge against, in the judge's process: the contract's positions
and its rule (the first virtual point at or after the key, wrapping around), computed from
scratch for every question, with no state a bug could share with the submission."""

import bisect
import hashlib

import pytest


def position(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


class Ring:
    """The contract, as plainly as it can be written: a sorted list of (position, node)."""

    position = staticmethod(position)

    def __init__(self, nodes=(), replicas=100):
        self.nodes = list(nodes)
        self.replicas = replicas

    def points(self):
        return sorted((position(f"{n}#{i}"), n) for n in self.nodes for i in range(self.replicas))

    def owner(self, key) -> str:
        return self.owners([key])[0]

    def owners(self, keys) -> list:
        points = self.points()
        where = [p for p, _ in points]
        return [points[bisect.bisect_left(where, position(str(k))) % len(points)][1] for k in keys]

    def labels(self):
        """Every virtual point's label f"{node}#{i}": a key equal to one sits exactly on that point."""
        return [f"{n}#{i}" for n in self.nodes for i in range(self.replicas)]


@pytest.fixture(scope="session")
def model():
    return Ring
