"""A FIFO queue built from two stacks. Run `kata show queue-two-stacks` for the full statement."""


class QueueWithStacks:
    """First in, first out, with two stacks inside (Python lists used only with append and pop)."""

    def __init__(self) -> None:
        """An empty queue."""
        raise NotImplementedError

    def enqueue(self, x) -> None:
        """Add x at the back of the queue. O(1)."""
        raise NotImplementedError

    def dequeue(self):
        """Remove and return the item at the front; IndexError if the queue is empty. Amortized O(1)."""
        raise NotImplementedError

    def peek(self):
        """Return the item at the front without removing it; IndexError if the queue is empty. Amortized O(1)."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        """True if the queue holds no item."""
        raise NotImplementedError

    def __len__(self) -> int:
        """Number of items held."""
        raise NotImplementedError
