"""Maximum sum of k consecutive elements. Run `kata show max-window-sum` for the full statement."""


def max_sum_k_consecutive(arr: list[int], k: int) -> int:
    """The largest sum of k consecutive elements of arr; ValueError unless 1 <= k <= len(arr)."""
    raise NotImplementedError
