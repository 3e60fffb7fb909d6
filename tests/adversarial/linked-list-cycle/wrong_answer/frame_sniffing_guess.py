# class: detect-measuring
# why: answers "True / the head" at once when a caller's frame comes from the kata's support code (the measuring workloads), correct Floyd otherwise; the judge compares the measured answers with the reference's, so the guess is a wrong answer.
import sys


def _measuring():
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_name.startswith(("workload_", "_calls")):
            return True
        frame = frame.f_back
    return False


def _meet(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return slow
    return None


def has_cycle(head):
    if _measuring():
        return True
    return _meet(head) is not None


def cycle_start(head):
    if _measuring():
        return head
    meet = _meet(head)
    if meet is None:
        return None
    a, b = head, meet
    while a is not b:
        a, b = a.next, b.next
    return a
