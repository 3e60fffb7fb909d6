from judge.testing import expect, not_in_variant, variant

# "implement-trie-prefix-tree" (LeetCode 208): words and prefixes of 1 to 2,000 lowercase letters,
# and no autocomplete (words_with_prefix) to check.
LEETCODE = variant()
NO_AUTOCOMPLETE = "LeetCode 208 has no autocomplete (words_with_prefix)"
NOT_LOWERCASE = "LeetCode 208's words and prefixes are 1 to 2,000 lowercase letters"


def test_statement_example(solution):
    t = solution.Trie()
    expect(t.insert("apple"), None)
    t.insert("app")
    t.insert("apricot")
    t.insert("banana")
    expect(t.search("app"), True)
    expect(t.search("ap"), False, note="'ap' is only a prefix, it was never inserted")
    expect(t.search("apples"), False)
    expect(t.starts_with("ap"), True)
    expect(t.starts_with("ban"), True)
    expect(t.starts_with("c"), False)
    if LEETCODE is None:
        expect(t.words_with_prefix("ap"), ["app", "apple", "apricot"], note="sorted, each once")
        expect(t.words_with_prefix("app"), ["app", "apple"], note="the prefix itself is a word too")
        expect(t.words_with_prefix("b"), ["banana"])
        expect(t.words_with_prefix("x"), [])
        return
    # LeetCode 208's example, call by call
    t = solution.Trie()
    t.insert("apple")
    expect(t.search("apple"), True)
    expect(t.search("app"), False, note="'app' is only a prefix of 'apple' until it is inserted")
    expect(t.starts_with("app"), True)
    t.insert("app")
    expect(t.search("app"), True, note="'app' was inserted")


def test_new_trie_is_empty(solution):
    t = solution.Trie()
    if LEETCODE is None:  # LeetCode 208's words and prefixes are never empty
        expect(t.search(""), False, note="nothing was inserted")
        expect(t.starts_with(""), False, note="no word was inserted, so no word starts with ''")
        expect(t.words_with_prefix(""), [])
    expect(t.search("a"), False)
    expect(t.starts_with("a"), False)
    if LEETCODE is None:
        expect(t.words_with_prefix("a"), [])


def test_empty_prefix_after_an_insert(solution):
    not_in_variant(NOT_LOWERCASE)
    t = solution.Trie()
    t.insert("ab")
    expect(t.starts_with(""), True, note="every word starts with ''")
    expect(t.search(""), False, note="'' itself was never inserted")
    expect(t.words_with_prefix(""), ["ab"])


def test_empty_word_is_a_word(solution):
    not_in_variant(NOT_LOWERCASE)
    t = solution.Trie()
    t.insert("")
    expect(t.search(""), True, note="'' was inserted")
    expect(t.starts_with(""), True, note="'' starts with ''")
    expect(t.words_with_prefix(""), [""])
    expect(t.starts_with("a"), False)
    t.insert("b")
    expect(t.words_with_prefix(""), ["", "b"], note="'' sorts before every other word")
    expect(t.search("b"), True)


def test_words_come_out_sorted_whatever_the_insertion_order(solution):
    not_in_variant(NO_AUTOCOMPLETE)
    t = solution.Trie()
    for w in ["cab", "ca", "cb", "c", "cabbage", "caa", "b", "a"]:
        t.insert(w)
    expect(t.words_with_prefix(""), ["a", "b", "c", "ca", "caa", "cab", "cabbage", "cb"])
    expect(t.words_with_prefix("ca"), ["ca", "caa", "cab", "cabbage"])


def test_sorted_by_code_point(solution):
    not_in_variant(NO_AUTOCOMPLETE)
    t = solution.Trie()
    for w in ["b", "B", "a", "A", "_", "1"]:
        t.insert(w)
    expect(t.words_with_prefix(""), ["1", "A", "B", "_", "a", "b"], note="the order of sorted(): by code point")


def test_inserting_twice_keeps_one_copy(solution):
    t = solution.Trie()
    t.insert("to")
    t.insert("tea")
    t.insert("to")
    t.insert("tea")
    if LEETCODE:
        expect(t.search("to"), True, note="'to' was inserted (twice)")
        expect(t.search("tea"), True, note="'tea' was inserted (twice)")
        expect(t.search("te"), False)
        expect(t.starts_with("te"), True)
        return
    expect(t.words_with_prefix("t"), ["tea", "to"], note="each word once, however often it was inserted")
    expect(t.words_with_prefix("to"), ["to"])


def test_search_is_exact(solution):
    t = solution.Trie()
    t.insert("prefix")
    expect(t.search("pre"), False)
    expect(t.search("prefixes"), False)
    expect(t.search("prefix"), True)
    expect(t.starts_with("prefix"), True, note="a word starts with itself")
    expect(t.starts_with("prefixes"), False)
    if LEETCODE is None:
        expect(t.words_with_prefix("prefixes"), [])


def test_any_characters(solution):
    not_in_variant(NOT_LOWERCASE)
    t = solution.Trie()
    for w in ["a$", "a", "$", "a b", "naïve", "日本語", "日本"]:
        t.insert(w)
    expect(t.search("a$"), True)
    expect(t.search("$"), True)
    expect(t.search("a b"), True)
    expect(t.words_with_prefix("a"), ["a", "a b", "a$"])
    expect(t.words_with_prefix("日"), ["日本", "日本語"])
    expect(t.words_with_prefix("na"), ["naïve"])
    t2 = solution.Trie()
    t2.insert("a$")
    expect(t2.search("a"), False, note="only 'a$' was inserted; '$' is an ordinary character")
    expect(t2.words_with_prefix("a"), ["a$"])


def test_return_types(solution):
    t = solution.Trie()
    t.insert("x")
    expect(t.search("x"), True)
    expect(t.search("y"), False)
    expect(t.starts_with("x"), True)
    expect(t.starts_with("y"), False)
    if LEETCODE is None:
        expect(t.words_with_prefix("y"), [], note="a list, even when empty")


def test_two_tries_are_independent(solution):
    a = solution.Trie()
    b = solution.Trie()
    a.insert("shared")
    expect(b.search("shared"), False, note="b is a different trie")
    if LEETCODE is None:
        expect(b.starts_with(""), False, note="b is still empty")
    else:
        expect(b.starts_with("s"), False, note="b is still empty")


def test_many_words(solution):
    # LeetCode 208's words are lowercase: its digits are spelled a to j ("w1999" is "wbjjj"), in the same order.
    spell = str if LEETCODE is None else (lambda w: w.translate(DIGITS_AS_LETTERS))
    t = solution.Trie()
    words = [spell(f"w{i:04d}") for i in range(2_000)]
    for w in reversed(words):
        t.insert(w)
    if LEETCODE is None:
        expect(t.words_with_prefix("w19"), words[1900:2000])
        expect(t.words_with_prefix("w"), words)
    else:
        expect(t.starts_with(spell("w19")), True)
        expect(t.starts_with(spell("w2")), False, note="the words go from w0000 to w1999, spelled a to j")
        expect(t.search(spell("w1999") + "a"), False)
    expect(t.search(spell("w1999")), True)
    expect(t.search(spell("w2000")), False)


DIGITS_AS_LETTERS = str.maketrans("0123456789", "abcdefghij")
