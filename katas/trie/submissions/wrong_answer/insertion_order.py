"""Wrong: autocomplete visits children in insertion order, so the words are not sorted."""


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
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, _Node())
        if not node.is_word:
            node.is_word = True
            self.size += 1

    def search(self, word):
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix):
        node = self._find(prefix)
        return node is not None and (node is not self.root or self.size > 0)

    def words_with_prefix(self, prefix):
        node = self._find(prefix)
        out = []
        stack = [(node, prefix)] if node else []
        while stack:
            node, text = stack.pop()
            if node.is_word:
                out.append(text)
            for ch, child in reversed(node.children.items()):
                stack.append((child, text + ch))
        return out
