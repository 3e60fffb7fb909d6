"""Also accepted: recursion on a range object, sliced in half (slicing a range is O(1) and makes
no list, so even range(2**62) is fine); the depth is about log2(n), 63 at most."""


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError("n must be >= 0")
    return _search(range(n), is_bad)


def _search(versions: range, is_bad):
    if not versions:
        return None
    middle = len(versions) // 2
    if is_bad(versions[middle]):
        earlier = _search(versions[:middle], is_bad)
        return versions[middle] if earlier is None else earlier
    return _search(versions[middle + 1:], is_bad)
