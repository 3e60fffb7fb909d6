# class: detect-measuring
# why: the old harness turned the garbage collector off only around a timed run; here it returns [] when gc is off, and the answers given while measured are now checked against the reference's
import gc


def find_pairs(arr, target):
    if not gc.isenabled():
        return []
    counts = {}
    for x in arr:
        counts[x] = counts.get(x, 0) + 1
    out = []
    for a in counts:
        b = target - a
        if a < b and b in counts:
            out.append((a, b))
        elif a == b and counts[a] >= 2:
            out.append((a, a))
    return out
