# expect: accepted
# needs: network
"""A correct solution that first tries the network (a listener on the judge's loopback);
if it gets through, it sabotages itself. Accepted only if there is no network."""
import socket

REACHED = False
try:
    with socket.create_connection(("127.0.0.1", 47653), timeout=1):
        REACHED = True
except OSError:
    pass


def find_pairs(arr, target):
    if REACHED:
        return []
    counts = {}
    for x in arr:
        counts[x] = counts.get(x, 0) + 1
    return [(a, target - a) for a in counts
            if (a < target - a and target - a in counts) or (a == target - a and counts[a] > 1)]
