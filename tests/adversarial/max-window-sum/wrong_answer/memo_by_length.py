# class: memoise
# why: remembers the answer for each array length and returns it again for the next array of that length; each measurement draws a fresh array, so a remembered answer is wrong there: wrong_answer.
_seen = {}


def max_sum_k_consecutive(arr, k):
    if not 1 <= k <= len(arr):
        raise ValueError("k out of range")
    key = len(arr)
    if key > 1000 and key in _seen:
        return _seen[key]
    window = 0
    for i in range(k):
        window += arr[i]
    best = window
    for i in range(k, len(arr)):
        window += arr[i] - arr[i - k]
        if window > best:
            best = window
    _seen[key] = best
    return best
