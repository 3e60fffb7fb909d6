"""Wrong: marks each visited node with a .visited attribute and never removes it, so the list is changed."""


def has_cycle(head):
    return cycle_start(head) is not None


def cycle_start(head):
    node = head
    while node is not None:
        if getattr(node, "visited", False):
            return node
        node.visited = True
        node = node.next
    return None
