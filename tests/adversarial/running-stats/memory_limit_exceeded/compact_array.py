# class: hide-memory
# why: keeps the values in an array('d') (8 bytes each instead of a list's 32) hoping to stay under the radar; the kernel's peak still grows with n, 4 MB at 512,000 values against the reference's few pages: memory_limit_exceeded.
from array import array


def running_stats(values):
    data = array("d", values)
    if not data:
        raise ValueError("no values")
    n = len(data)
    mean = sum(data) / n
    return n, mean, sum((x - mean) ** 2 for x in data) / n
