"""Runs in the solution process: the workloads the performance and space groups measure.

Inputs are printable ASCII, as the contract says, built at C speed (random bytes through
str.translate, slices, swapcase, a join over a few pieces) so that building them costs little
next to the call. Every input is a palindrome, so nothing stops early and the whole string is read.
"""

ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
OTHER = " ,.:;!?'-_()"
PUNCTUATION = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

# A random byte to a letter or digit, or (about one time in three) to a punctuation character.
MIXED = "".join(ALNUM[b % len(ALNUM)] if b % 3 else OTHER[b % len(OTHER)] for b in range(256))
ONLY_ALNUM = "".join(ALNUM[b % len(ALNUM)] for b in range(256))
ONLY_PUNCTUATION = "".join(PUNCTUATION[b % len(PUNCTUATION)] for b in range(256))
# The other side's punctuation differs from the mirror image of this side's.
OTHER_PUNCTUATION = str.maketrans(OTHER, OTHER[3:] + OTHER[:3])


def _text(size, rng, alphabet):
    return rng.randbytes(size).decode("latin-1").translate(dict(enumerate(alphabet)))


def _mirror(left):
    """The right half for `left`: its letters and digits in reverse order with their case swapped,
    its punctuation replaced by other punctuation."""
    return left[::-1].swapcase().translate(OTHER_PUNCTUATION)


def _insert_runs(text, rng, runs, length):
    """`text` with `runs` runs of punctuation of random lengths up to `length` at random places."""
    cuts = sorted(rng.randrange(len(text) + 1) for _ in range(runs))
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(text[last:cut])
        pieces.append(_text(rng.randrange(1, length + 1), rng, ONLY_PUNCTUATION))
        last = cut
    pieces.append(text[last:])
    return "".join(pieces)


def short_runs_palindrome(n, rng):
    """About n characters, a third of them punctuation in short runs; the two halves skip
    punctuation at different moments (a few extra runs on the right)."""
    left = _text(n // 2, rng, MIXED)
    return left + _insert_runs(_mirror(left), rng, 8, 8)


def long_runs_palindrome(n, rng):
    """About n characters, half of them punctuation in a dozen runs of up to n/12 each, placed
    independently on the two halves."""
    left = _text(n // 4, rng, ONLY_ALNUM)
    right = _mirror(left)
    return _insert_runs(left, rng, 6, n // 12) + _insert_runs(right, rng, 6, n // 12)


def workload_palindrome(solution, n, rng):
    """One call of is_palindrome on a palindrome of about n characters, punctuation in short runs."""
    return solution.is_palindrome(short_runs_palindrome(n, rng))


def workload_punctuation_runs(solution, n, rng):
    """One call of is_palindrome on a palindrome of about n characters, half of them punctuation
    in long runs: a check that walks a run again for every character of it is quadratic here."""
    return solution.is_palindrome(long_runs_palindrome(n, rng))


BLOCK = 32_768  # characters per block of the space group's input
POOL = 16  # distinct blocks it is made of


def block_palindrome(n, rng):
    """About n characters, punctuation in short runs: a random sequence of blocks drawn from a pool
    of POOL random blocks, then the mirror image of that sequence. One join builds it, so building
    it never holds much more than the string itself (the judge's peak covers the building too)."""
    pool = [_text(BLOCK, rng, MIXED) for _ in range(POOL)]
    mirrors = [_mirror(block) for block in pool]
    picks = [rng.randrange(POOL) for _ in range(max(1, n // (2 * BLOCK)))]
    middle = _text(rng.randrange(1, 64), rng, ONLY_PUNCTUATION)
    return "".join([*(pool[k] for k in picks), middle, *(mirrors[k] for k in reversed(picks))])


def workload_space(solution, n, rng):
    """One call on a palindrome of about n characters (n bytes: the largest is 8 MB), built before
    the call; the judge reads the memory it takes, then the peak during the call."""
    text = block_palindrome(n, rng)
    yield
    return solution.is_palindrome(text)
