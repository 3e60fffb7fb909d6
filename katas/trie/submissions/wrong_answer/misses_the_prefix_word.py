"""Wrong: autocomplete collects the words strictly below the prefix node, so a word equal to the prefix is left out."""


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
        if node is None:
            return []
        out = []
        stack = [(child, prefix + ch) for ch, child in sorted(node.children.items(), reverse=True)]
        while stack:
            node, text = stack.pop()
            if node.is_word:
                out.append(text)
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], text + ch))
        return out
