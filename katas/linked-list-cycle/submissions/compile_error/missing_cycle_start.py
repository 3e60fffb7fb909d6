"""Compile error: only has_cycle is defined; the kata also requires cycle_start."""


def has_cycle(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return True
    return False
