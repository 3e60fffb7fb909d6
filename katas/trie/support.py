"""Runs in the solution process: the workloads the performance and space groups measure.

Each workload stores n random words of 10 lowercase letters (fresh for every measurement),
then makes n queries of each kind measured, every one drawn afresh, so no answer can be
remembered from an earlier call or an earlier repeat. The length of each query (and, for
autocomplete, the size of its answer) does not depend on n: a trie answers each at the same
cost whatever n is; a solution that scans its stored words pays O(n) per query, O(n²) in all.
"""

WORD_LENGTH = 10
LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LOWER = bytes(ord(LETTERS[b % 26]) for b in range(256))
_UPPER = bytes(ord(LETTERS[b % 26].upper()) for b in range(256))


def _text(rng, length, table=_LOWER):
    return rng.randbytes(length).translate(table).decode("ascii")


def _words(rng, count, table=_LOWER, length=WORD_LENGTH):
    text = _text(rng, count * length, table)
    return [text[i:i + length] for i in range(0, len(text), length)]


def _filled(solution, n, rng):
    words = _words(rng, n)
    trie = solution.Trie()
    for w in words:
        trie.insert(w)
    return trie, words


def workload_starts_with(solution, n, rng):
    """n words stored, then n starts_with() of 4-letter prefixes: of stored words and absent
    (upper case, never stored), alternating."""
    trie, words = _filled(solution, n, rng)
    absent = _text(rng, 4 * n, _UPPER)
    picks = rng.choices(words, k=n)
    return [trie.starts_with(picks[i][:4] if i % 2 else absent[4 * i:4 * i + 4]) for i in range(n)]


def workload_starts_with_lowercase(solution, n, rng):
    """LeetCode 208's prefixes are lowercase: as workload_starts_with, with the other prefixes
    drawn from lowercase letters too. There are 456,976 of 4 letters, so at most 16,000 words
    leave almost all of them absent, and a scan of the stored words finds no early match."""
    trie, words = _filled(solution, n, rng)
    absent = _text(rng, 4 * n)
    picks = rng.choices(words, k=n)
    return [trie.starts_with(picks[i][:4] if i % 2 else absent[4 * i:4 * i + 4]) for i in range(n)]


def workload_insert_search(solution, n, rng):
    """n words stored, then n more inserted (half new, half already there) and n search()es
    (stored words and random words, alternating)."""
    trie, words = _filled(solution, n, rng)
    fresh = _words(rng, n)
    again = rng.choices(words, k=n)
    for i in range(n):
        trie.insert(fresh[i] if i % 2 else again[i])
    probes = _words(rng, n)
    held = rng.choices(words + fresh, k=n)
    return [trie.search(held[i] if i % 2 else probes[i]) for i in range(n)]


def workload_words_with_prefix(solution, n, rng):
    """n words stored, then n/4 words_with_prefix() calls, each with a fresh prefix: 7-letter
    prefixes of stored words (about one word each) and 4-letter upper-case prefixes (no word),
    alternating. Returns every answer."""
    trie, words = _filled(solution, n, rng)
    q = max(1, n // 4)
    picks = rng.choices(words, k=q)
    absent = _text(rng, 4 * q, _UPPER)
    return [trie.words_with_prefix(picks[i][:7] if i % 2 else absent[4 * i:4 * i + 4]) for i in range(q)]


SPACE_CHARACTERS = 1 << 16  # what the space group stores at every word length


def workload_space(solution, n, rng):
    """Space: 65,536 characters of random lowercase words of length n (65,536 / n of them, all
    distinct), built before the calls, then inserted; then each word is searched for, with its
    last letter dropped (absent), its first half is given to starts_with, and its first n - 8
    letters to words_with_prefix (the word itself). The total length of the distinct words is
    the same at every n, and random words share almost no prefix, so the reference's trie has
    about 65,536 nodes whatever n is; a trie that keeps the whole prefix on every node holds
    1 + 2 + … + n characters per word, n times more as n grows. Returns every answer."""
    return (yield from _space(solution, n, rng, autocomplete=True))


def workload_space_without_autocomplete(solution, n, rng):
    """The same without words_with_prefix (LeetCode 208 has no autocomplete)."""
    return (yield from _space(solution, n, rng, autocomplete=False))


def _space(solution, n, rng, autocomplete):
    words = _words(rng, SPACE_CHARACTERS // n, length=n)
    yield
    trie = solution.Trie()
    for w in words:
        trie.insert(w)
    found = [trie.search(w) for w in words]
    shorter = [trie.search(w[:-1]) for w in words]
    halves = [trie.starts_with(w[:n // 2]) for w in words]
    if not autocomplete:
        return [found, shorter, halves]
    completed = [trie.words_with_prefix(w[:n - 8]) for w in words]
    return [found, shorter, halves, completed]
