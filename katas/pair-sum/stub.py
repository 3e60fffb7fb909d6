"""All pairs that sum to a target, in O(n). Run `kata show pair-sum` for the full statement."""


def find_pairs(arr: list[int], target: int) -> list[tuple[int, int]]:
    """Every distinct value pair (a, b), a <= b, a + b == target, from two different indices of arr."""
    raise NotImplementedError
