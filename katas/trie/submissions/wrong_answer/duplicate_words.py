"""Wrong: every node keeps a list of the words below it for fast autocomplete, and a repeated insert appends the word again."""


class _Node:
    def __init__(self):
        self.children = {}
        self.is_word = False
        self.below = []


class Trie:
    def __init__(self):
        self.root = _Node()

    def _find(self, text):
        node = self.root
        for ch in text:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def insert(self, word):
        node = self.root
        node.below.append(word)
        for ch in word:
            node = node.children.setdefault(ch, _Node())
            node.below.append(word)
        node.is_word = True

    def search(self, word):
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix):
        node = self._find(prefix)
        return node is not None and bool(node.below)

    def words_with_prefix(self, prefix):
        node = self._find(prefix)
        return sorted(node.below) if node else []
