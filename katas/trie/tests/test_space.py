from judge.testing import variant

LEETCODE = variant()  # "implement-trie-prefix-tree" (LeetCode 208): words of at most 2,000 letters, no autocomplete


def test_memory_follows_the_total_length_of_the_words(engine):
    if LEETCODE:
        engine.check_space(
            "space_without_autocomplete",
            sizes=(125, 2_000),
            what="insert() of about 65,000 characters of random words, then search() and starts_with()",
            size_name="word length",
            bound="O(total length of the distinct words): a node per character, not a copy of the prefix on each node",
        )
        return
    # The kernel's peak for the whole process, in a fresh process per measurement. Every size
    # stores 65,536 characters of random words, in words of 128 to 4,096 letters: the
    # reference's trie has about 65,536 nodes (some 20 MB) at every size, while a trie that keeps
    # its whole prefix on every node holds n/2 characters per node, over 130 MB more at n = 4,096.
    # (The words themselves take only 64 KB: a trie costs a few hundred bytes per character, so
    # inputs of several MB would make a trie of gigabytes.)
    engine.check_space(
        "space",
        sizes=(128, 4_096),
        what="insert() of 65,536 characters of random words, then queries",
        size_name="word length",
        bound="O(total length of the distinct words): a node per character, not a copy of the prefix on each node",
    )
