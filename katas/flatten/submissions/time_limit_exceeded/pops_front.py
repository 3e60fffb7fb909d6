"""Too slow: a work list read with pop(0) and refilled by `sublist + work`, both O(length of the work list)."""


def flatten(nested):
    work = list(nested)
    out = []
    while work:
        item = work.pop(0)
        if isinstance(item, list):
            work = item + work
        else:
            out.append(item)
    return out
