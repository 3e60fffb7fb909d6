from judge.testing import expect


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
    expect(t.words_with_prefix("ap"), ["app", "apple", "apricot"], note="sorted, each once")
    expect(t.words_with_prefix("app"), ["app", "apple"], note="the prefix itself is a word too")
    expect(t.words_with_prefix("b"), ["banana"])
    expect(t.words_with_prefix("x"), [])


def test_new_trie_is_empty(solution):
    t = solution.Trie()
    expect(t.search(""), False, note="nothing was inserted")
    expect(t.starts_with(""), False, note="no word was inserted, so no word starts with ''")
    expect(t.words_with_prefix(""), [])
    expect(t.search("a"), False)
    expect(t.starts_with("a"), False)
    expect(t.words_with_prefix("a"), [])


def test_empty_prefix_after_an_insert(solution):
    t = solution.Trie()
    t.insert("ab")
    expect(t.starts_with(""), True, note="every word starts with ''")
    expect(t.search(""), False, note="'' itself was never inserted")
    expect(t.words_with_prefix(""), ["ab"])


def test_empty_word_is_a_word(solution):
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
    t = solution.Trie()
    for w in ["cab", "ca", "cb", "c", "cabbage", "caa", "b", "a"]:
        t.insert(w)
    expect(t.words_with_prefix(""), ["a", "b", "c", "ca", "caa", "cab", "cabbage", "cb"])
    expect(t.words_with_prefix("ca"), ["ca", "caa", "cab", "cabbage"])


def test_sorted_by_code_point(solution):
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
    expect(t.words_with_prefix("prefixes"), [])


def test_any_characters(solution):
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
    expect(t.words_with_prefix("y"), [], note="a list, even when empty")


def test_two_tries_are_independent(solution):
    a = solution.Trie()
    b = solution.Trie()
    a.insert("shared")
    expect(b.search("shared"), False, note="b is a different trie")
    expect(b.starts_with(""), False, note="b is still empty")


def test_many_words(solution):
    t = solution.Trie()
    words = [f"w{i:04d}" for i in range(2_000)]
    for w in reversed(words):
        t.insert(w)
    expect(t.words_with_prefix("w19"), words[1900:2000])
    expect(t.words_with_prefix("w"), words)
    expect(t.search("w1999"), True)
    expect(t.search("w2000"), False)
