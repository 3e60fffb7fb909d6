"""A hash ring with virtual nodes. Run `kata show consistent-hashing` for the full statement."""


class HashRing:
    """Nodes on a ring of 64-bit positions, each at `replicas` virtual points; a key belongs to
    the node of the first virtual point at or after h(str(key)), wrapping around."""

    def __init__(self, nodes=(), replicas=100) -> None:
        """Add every node of `nodes`; ValueError if replicas < 1 or a name repeats."""
        raise NotImplementedError

    def add_node(self, name: str) -> None:
        """Put the node's virtual points on the ring; ValueError if it is already there."""
        raise NotImplementedError

    def remove_node(self, name: str) -> None:
        """Take the node's virtual points off the ring; KeyError if it is not there."""
        raise NotImplementedError

    def node_for(self, key) -> str:
        """The node that owns key, found by binary search; LookupError on an empty ring."""
        raise NotImplementedError

    def __len__(self) -> int:
        """The number of nodes."""
        raise NotImplementedError
