"""Runtime error: follows children[ch] without checking, so searching a word that was never inserted raises KeyError."""


class _Node:
    def __init__(self):
        self.children = {}
        self.is_word = False


class Trie:
    def __init__(self):
        self.root = _Node()
        self.size = 0

    def _find(self, text):
        node = self.root
        for ch in text:
            node = node.children[ch]
        return node

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, _Node())
        if not node.is_word:
            node.is_word = True
            self.size += 1

    def search(self, word):
        return self._find(word).is_word

    def starts_with(self, prefix):
        return self.size > 0 and self._find(prefix) is not None

    def words_with_prefix(self, prefix):
        node = self._find(prefix)
        out = []
        stack = [(node, prefix)]
        while stack:
            node, text = stack.pop()
            if node.is_word:
                out.append(text)
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], text + ch))
        return out
