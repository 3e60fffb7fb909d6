"""Runs in the solution process: the workload the performance group measures."""

# Text of every kind CPython stores: a str takes 1, 2 or 4 bytes per code point depending on
# its widest character, and only Latin-1 characters are shared single-character objects. So the
# measured text mixes ASCII, Latin-1, CJK and characters above U+FFFF (emoji, CJK extension B):
# copies of it cost 4 bytes a code point, and every character read from it is a new object.
ASCII = [chr(c) for c in range(0x20, 0x7F)]
LATIN1 = [chr(c) for c in range(0xA0, 0x100)]
CJK = [chr(0x4E00 + 37 * k) for k in range(256)]
ASTRAL = [chr(0x1F600 + k) for k in range(64)] + [chr(0x20000 + 91 * k) for k in range(64)]

# One table per quarter of the text, each mapping a random byte to a character (str.translate
# runs at C speed, so building the input costs little next to the calls).
TABLES = [
    {b: ASCII[b % len(ASCII)] for b in range(256)},
    {b: (ASCII + LATIN1)[b % (len(ASCII) + len(LATIN1))] for b in range(256)},
    {b: (ASCII + LATIN1 + CJK)[b * 7 % (len(ASCII) + len(LATIN1) + len(CJK))] for b in range(256)},
    {b: (ASCII + CJK + ASTRAL)[b * 11 % (len(ASCII) + len(CJK) + len(ASTRAL))] for b in range(256)},
]


def mixed_text(n, rng):
    """n code points in four quarters, shuffled: ASCII only, ASCII and Latin-1, up to CJK, and
    with characters above U+FFFF; the whole string is stored 4 bytes a code point."""
    quarters = []
    for q, table in enumerate(TABLES):
        size = n * (q + 1) // 4 - n * q // 4
        quarters.append(rng.randbytes(size).decode("latin-1").translate(table))
    rng.shuffle(quarters)
    return "".join(quarters)


def workload_reverse(solution, n, rng):
    """One call of reverse_string on n code points of mixed text; returns the reversed string."""
    return solution.reverse_string(mixed_text(n, rng))


def workload_reverse_ascii(solution, n, rng):
    """LeetCode 344's input (printable ASCII, U+0020 to U+007E): one call of reverse_string on n
    such characters; returns the reversed string."""
    return solution.reverse_string(rng.randbytes(n).decode("latin-1").translate(PRINTABLE))


PRINTABLE = {b: chr(0x20 + b % 95) for b in range(256)}
