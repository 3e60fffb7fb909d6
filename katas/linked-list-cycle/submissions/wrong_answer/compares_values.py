"""Wrong: the tortoise and the hare compare .val instead of the nodes themselves, so equal values look like a meeting."""


def has_cycle(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if fast is not None and slow.val == fast.val:
            return True
    return False


def cycle_start(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
        if fast is not None and slow.val == fast.val:
            a, b = head, slow
            while a.val != b.val:
                a, b = a.next, b.next
            return a
    return None
