"""Runs in the solution process: the workload the performance group measures."""

# Latin-1 text (accents included): CPython stores it one byte per code point and keeps one
# shared object per such character, so a loop over it measures the algorithm, not the
# allocator. Non-ASCII correctness is the examples' and properties' business.
ALPHABET = "abcxyz é ß ü ñ ø Å 0123 "
CALLS = 4  # calls per measured run, so the cost of the measurement itself stays small


def workload_reverse(solution, n):
    """CALLS calls of reverse_string on the same n code points."""
    text = (ALPHABET * (n // len(ALPHABET) + 1))[:n]
    reverse_string = solution.reverse_string

    def run():
        for _ in range(CALLS):
            reverse_string(text)

    return run, CALLS
