"""Binary min-heap. Run `kata show min-heap` for the full statement."""


class MinHeap:
    """A binary min-heap in a Python list: the item at index i is not larger than its children at 2i + 1 and 2i + 2."""

    def __init__(self) -> None:
        """An empty heap."""
        raise NotImplementedError

    def insert(self, val) -> None:
        """Add val. O(log n) comparisons."""
        raise NotImplementedError

    def extract_min(self):
        """Remove and return the smallest item; IndexError if the heap is empty. O(log n) comparisons."""
        raise NotImplementedError

    def peek(self):
        """Return the smallest item without removing it; IndexError if the heap is empty. O(1)."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of items held."""
        raise NotImplementedError

    @classmethod
    def heapify(cls, iterable) -> "MinHeap":
        """A new heap holding the items of iterable (which is left unchanged). O(n) comparisons."""
        raise NotImplementedError
