"""Too slow: for each node reached, walks again from the head to see if it was reached before (O(n²) time)."""


def cycle_start(head):
    node, steps = head, 0
    while node is not None:
        probe = head
        for _ in range(steps):
            if probe is node:
                return node
            probe = probe.next
        node = node.next
        steps += 1
    return None


def has_cycle(head):
    return cycle_start(head) is not None
