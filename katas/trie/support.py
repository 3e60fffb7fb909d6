"""Runs in the solution process: the workloads the performance group measures.

Each workload stores n distinct random words of 10 lowercase letters, then runs a fixed
number of queries whose length (and, for autocomplete, whose answer size) does not
depend on n: a trie answers them at the same cost whatever n is; a solution that scans
its stored words slows down as n grows.
"""

import random

QUERIES = 200
WORD_LENGTH = 10
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _words(n: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choices(LETTERS, k=WORD_LENGTH)))
    return sorted(words)


def _filled(solution, n: int, seed: int):
    rng = random.Random(seed * 1_000_003 + n)
    words = _words(n, rng)
    rng.shuffle(words)
    trie = solution.Trie()
    for w in words:
        trie.insert(w)
    return trie, words, rng


def workload_starts_with(solution, n):
    """starts_with on prefixes of 4 letters: half of stored words, half absent (upper case never stored)."""
    trie, words, rng = _filled(solution, n, 1)
    present = [rng.choice(words)[:4] for _ in range(QUERIES // 2)]
    absent = ["".join(rng.choice(LETTERS.upper()) for _ in range(4)) for _ in range(QUERIES // 2)]
    queries = [p for pair in zip(present, absent) for p in pair]

    def run():
        for p in queries:
            trie.starts_with(p)

    return run, len(queries)


def workload_insert_search(solution, n):
    """Inserting words (new on the first run, again on later ones) and searching words, half present."""
    trie, words, rng = _filled(solution, n, 2)
    fresh = ["".join(rng.choice(LETTERS.upper()) for _ in range(WORD_LENGTH)) for _ in range(QUERIES // 2)]
    probes = [rng.choice(words) if i % 2 else "".join(rng.choice(LETTERS) for _ in range(WORD_LENGTH)) for i in range(QUERIES // 2)]

    def run():
        for w in fresh:
            trie.insert(w)
        for w in probes:
            trie.search(w)

    return run, len(fresh) + len(probes)


def workload_words_with_prefix(solution, n):
    """Autocomplete of prefixes whose answers have the same size at every n: 7-letter
    prefixes of stored words (about one word each) and a few 'QZ' prefixes (8 words each)."""
    trie, words, rng = _filled(solution, n, 3)
    for i in range(8):
        trie.insert(f"QZ{i}{WORD_LENGTH * 'x'}")
    queries = [rng.choice(words)[:7] for _ in range(QUERIES // 4 - 10)] + ["QZ"] * 10

    def run():
        for p in queries:
            trie.words_with_prefix(p)

    return run, len(queries)
