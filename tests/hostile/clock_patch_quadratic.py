# expect: time_limit_exceeded
"""O(n²), while patching every clock the judge might read so each call looks instant."""
import time

_frozen = time.perf_counter()
time.perf_counter = lambda: _frozen
time.perf_counter_ns = lambda: int(_frozen * 1e9)
time.monotonic = lambda: _frozen
time.process_time = lambda: 0.0
time.time = lambda: 0.0


def find_pairs(arr, target):
    found = set()
    for i in range(len(arr)):
        for j in range(i + 1, len(arr)):
            if arr[i] + arr[j] == target:
                found.add((min(arr[i], arr[j]), max(arr[i], arr[j])))
    return list(found)
