"""Wrong: points each visited node's .next at a sentinel to recognise it later, which destroys the list."""

_VISITED = object()


def cycle_start(head):
    node = head
    while node is not None:
        following = node.next
        if following is _VISITED:
            return node
        node.next = _VISITED
        node = following
    return None


def has_cycle(head):
    return cycle_start(head) is not None
