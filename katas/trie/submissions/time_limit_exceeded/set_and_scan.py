"""Too slow: the words are kept in a set, and starts_with scans every stored word (O(number of words))."""


class Trie:
    def __init__(self):
        self.words = set()

    def insert(self, word):
        self.words.add(word)

    def search(self, word):
        return word in self.words

    def starts_with(self, prefix):
        return any(w.startswith(prefix) for w in self.words)

    def words_with_prefix(self, prefix):
        return sorted(w for w in self.words if w.startswith(prefix))
