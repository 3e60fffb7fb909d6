"""Too much memory: remembers every visited node in a set, O(n) extra space where O(1) is required."""


def has_cycle(head):
    seen = set()
    node = head
    while node is not None:
        if node in seen:
            return True
        seen.add(node)
        node = node.next
    return False


def cycle_start(head):
    seen = set()
    node = head
    while node is not None:
        if node in seen:
            return node
        seen.add(node)
        node = node.next
    return None
