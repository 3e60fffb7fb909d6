"""Linked list cycle with Floyd's tortoise and hare. Run `kata show linked-list-cycle` for the full statement."""


class ListNode:
    """A singly linked list node, for trying your code locally (the judge passes its own nodes with .val and .next)."""

    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def has_cycle(head) -> bool:
    """True if following .next from head ever reaches a node twice; head may be None."""
    raise NotImplementedError


def cycle_start(head):
    """The node where the cycle begins (the first node reached twice), or None if there is no cycle."""
    raise NotImplementedError
