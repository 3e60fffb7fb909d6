"""Runtime error: starts the hare at head.next without checking for an empty list, so head None raises AttributeError."""


def has_cycle(head):
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        if slow is fast:
            return True
        slow = slow.next
        fast = fast.next.next
    return False


def cycle_start(head):
    slow = fast = head
    while True:
        if fast.next is None or fast.next.next is None:
            return None
        slow = slow.next
        fast = fast.next.next
        if slow is fast:
            break
    slow = head
    while slow is not fast:
        slow = slow.next
        fast = fast.next
    return slow
