# expect: time_limit_exceeded
# limits: judging_s = 4
"""Answers correctly, but each call takes 1.5 s, just under the 2 s per-call limit: the calls
add up, and the whole judging's limit (4 s here; 300 s by default) ends it."""
import time


def find_pairs(arr, target):
    time.sleep(1.5)
    seen, found = set(), set()
    for x in arr:
        if target - x in seen:
            found.add((min(x, target - x), max(x, target - x)))
        seen.add(x)
    return list(found)
