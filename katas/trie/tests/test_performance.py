"""Each check stores 250 to 16,000 random words, then makes queries (fresh ones every call)
whose length does not change with the number of words: n of each kind for n words, so a
query that scans the stored words shows as O(n²) in all."""

from judge.testing import not_in_variant, variant

LEETCODE = variant()  # "implement-trie-prefix-tree" (LeetCode 208): lowercase prefixes, no autocomplete


def test_starts_with_does_not_depend_on_the_number_of_words(engine):
    engine.check_time(
        "starts_with" if LEETCODE is None else "starts_with_lowercase",
        sizes=(250, 16_000),
        steps=5,
        what="insert() of n words, then n starts_with() on 4-letter prefixes",
        size_name="stored words",
        bound="O(m) for a prefix of length m, independent of how many words are stored",
        per=lambda n: 2 * n,
    )


def test_insert_and_search_do_not_depend_on_the_number_of_words(engine):
    engine.check_time(
        "insert_search",
        sizes=(250, 16_000),
        steps=5,
        what="insert() and search() of 10-letter words",
        size_name="stored words",
        bound="O(m) for a word of length m, independent of how many words are stored",
        per=lambda n: 3 * n,
    )


def test_words_with_prefix_grows_with_the_answer_not_the_trie(engine):
    not_in_variant("LeetCode 208 has no autocomplete (words_with_prefix)")
    engine.check_time(
        "words_with_prefix",
        sizes=(250, 16_000),
        steps=5,
        what="words_with_prefix() on fresh prefixes with answers of the same size",
        size_name="stored words",
        bound="O(m + size of the answer), independent of how many other words are stored",
        per=lambda n: n + n // 4,
    )
