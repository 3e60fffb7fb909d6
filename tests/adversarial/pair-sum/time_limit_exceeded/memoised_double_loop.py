# class: memoise
# why: an O(n²) double loop behind a cache keyed by the input: repeats used to run on identical inputs, so the cheapest repeat was a cache hit; each repeat now draws fresh inputs
_cache = {}


def find_pairs(arr, target):
    key = (tuple(arr), target)
    if key not in _cache:
        pairs = set()
        for i in range(len(arr)):
            for j in range(i + 1, len(arr)):
                if arr[i] + arr[j] == target:
                    pairs.add((min(arr[i], arr[j]), max(arr[i], arr[j])))
        _cache[key] = sorted(pairs)
    return list(_cache[key])
