# class: detect-measuring
# why: it recognises the kata's support code in its caller's frame and answers [] there; measured answers are compared with the reference's, so that is wrong_answer
import sys


def find_pairs(arr, target):
    caller = sys._getframe(1)
    if caller.f_code.co_name.startswith("workload_") or "support" in caller.f_code.co_filename:
        return []
    seen, pairs = set(), set()
    for x in arr:
        if target - x in seen:
            pairs.add((min(x, target - x), max(x, target - x)))
        seen.add(x)
    return list(pairs)
