"""Values the judge hands in to count what a submission does with them.

A kata's workload builds its inputs from these; the measuring loop reads the
counters. `CountingKey` counts `__hash__` and `__eq__` (a list-scanning LRU or a
hash map that degrades shows up as a count that grows with n, deterministically);
`CountingValue` counts `<` (heaps and sorts).
"""

from __future__ import annotations

COUNTS = {"hash": 0, "eq": 0, "lt": 0}


def reset() -> None:
    for k in COUNTS:
        COUNTS[k] = 0


def snapshot() -> dict:
    return dict(COUNTS)


class CountingKey:
    __slots__ = ("value",)

    def __init__(self, value) -> None:
        self.value = value

    def __hash__(self) -> int:
        COUNTS["hash"] += 1
        return hash(self.value)

    def __eq__(self, other) -> bool:
        COUNTS["eq"] += 1
        return type(other) is CountingKey and self.value == other.value

    def __ne__(self, other) -> bool:
        return not self.__eq__(other)

    def __repr__(self) -> str:
        return f"Key({self.value!r})"


class CountingValue:
    __slots__ = ("value",)

    def __init__(self, value) -> None:
        self.value = value

    def __lt__(self, other) -> bool:
        COUNTS["lt"] += 1
        return self.value < other.value

    def __gt__(self, other) -> bool:
        COUNTS["lt"] += 1
        return other.value < self.value

    def __le__(self, other) -> bool:
        COUNTS["lt"] += 1
        return not other.value < self.value

    def __ge__(self, other) -> bool:
        COUNTS["lt"] += 1
        return not self.value < other.value

    def __eq__(self, other) -> bool:
        COUNTS["eq"] += 1
        return type(other) is CountingValue and self.value == other.value

    __hash__ = None

    def __repr__(self) -> str:
        return f"Value({self.value!r})"
