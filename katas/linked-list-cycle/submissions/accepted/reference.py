"""Reference: Floyd's tortoise and hare. The hare moves two steps for the tortoise's one;
they meet inside the cycle iff there is one. Then a pointer from the head and one from
the meeting point, both moving one step, meet exactly at the cycle's start."""


class ListNode:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next


def _meeting_point(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return slow
    return None


def has_cycle(head) -> bool:
    return _meeting_point(head) is not None


def cycle_start(head):
    meet = _meeting_point(head)
    if meet is None:
        return None
    a, b = head, meet
    while a is not b:
        a = a.next
        b = b.next
    return a
