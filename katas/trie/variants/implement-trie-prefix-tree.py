"""LeetCode 208 (implement-trie-prefix-tree) as the trie kata's hidden tests call it. `learner` is
the learner's file, loaded as LeetCode loads it; this module is the kata's, in the solution
process, and decides nothing: the judge checks every answer it returns.

LeetCode's Trie is the kata's under one other name: startsWith is starts_with. Its words and
prefixes are 1 to 2,000 lowercase letters, and it has no autocomplete (words_with_prefix); the
tests leave those out for this variant."""


class Trie:
    def __init__(self):
        self._trie = learner.Trie()  # noqa: F821 (given by the harness)

    def insert(self, word):
        return self._trie.insert(word)

    def search(self, word):
        return self._trie.search(word)

    def starts_with(self, prefix):
        return self._trie.startsWith(prefix)

    def words_with_prefix(self, prefix):
        raise NotImplementedError("LeetCode 208 has no autocomplete: words_with_prefix is the trie kata's own")
