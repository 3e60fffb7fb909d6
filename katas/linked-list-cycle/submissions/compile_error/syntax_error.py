"""Compile error: `=` where `==` was meant in a condition."""


def has_cycle(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow = fast:
            return True
    return False


def cycle_start(head):
    return None
