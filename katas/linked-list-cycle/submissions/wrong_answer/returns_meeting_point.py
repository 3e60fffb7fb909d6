"""Wrong: cycle_start returns the node where the tortoise and the hare meet, not where the cycle begins."""


def _meeting_point(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            return slow
    return None


def has_cycle(head):
    return _meeting_point(head) is not None


def cycle_start(head):
    return _meeting_point(head)
