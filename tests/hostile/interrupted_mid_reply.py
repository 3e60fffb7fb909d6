# expect: time_limit_exceeded
# limits: group_s = 3
"""Each call takes 1.8 s (under the 2 s per-call limit), so the test group's 3 s timeout
interrupts the judge while it waits for a reply. That reply, arriving later, must never be
read as the answer to another call (it once was blamed as a forged reply)."""
import time


def find_pairs(arr, target):
    time.sleep(1.8)
    seen, found = set(), set()
    for x in arr:
        if target - x in seen:
            found.add((min(x, target - x), max(x, target - x)))
        seen.add(x)
    return list(found)
