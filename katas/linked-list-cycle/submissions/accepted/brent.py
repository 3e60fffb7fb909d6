"""Also accepted: Brent's algorithm. Teleport the tortoise to the hare at every power of
two to find the cycle length lam, then walk two pointers lam apart from the head."""


def _cycle_length(head):
    if head is None:
        return 0
    power = lam = 1
    tortoise, hare = head, head.next
    while hare is not None and tortoise is not hare:
        if power == lam:
            tortoise = hare
            power *= 2
            lam = 0
        hare = hare.next
        lam += 1
    return 0 if hare is None else lam


def has_cycle(head):
    return _cycle_length(head) > 0


def cycle_start(head):
    lam = _cycle_length(head)
    if lam == 0:
        return None
    ahead = head
    for _ in range(lam):
        ahead = ahead.next
    behind = head
    while behind is not ahead:
        behind = behind.next
        ahead = ahead.next
    return behind
