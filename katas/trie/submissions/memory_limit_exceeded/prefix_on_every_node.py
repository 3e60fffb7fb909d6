"""Too much memory: every node keeps the whole prefix it stands for, so that autocomplete can
collect node.prefix instead of rebuilding each word. insert builds those prefixes one character
longer at each level: a word of length m leaves m strings of lengths 1 … m behind, O(m²)
characters for one word, where a trie needs O(m) (a node per character)."""


class _Node:
    __slots__ = ("children", "prefix", "is_word")

    def __init__(self, prefix):
        self.children = {}
        self.prefix = prefix
        self.is_word = False


class Trie:
    def __init__(self):
        self.root = _Node("")
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
            child = node.children.get(ch)
            if child is None:
                child = node.children[ch] = _Node(node.prefix + ch)
            node = child
        if not node.is_word:
            node.is_word = True
            self.size += 1

    def search(self, word):
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix):
        if prefix == "":
            return self.size > 0
        return self._find(prefix) is not None

    def words_with_prefix(self, prefix):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        stack = [node]
        while stack:
            node = stack.pop()
            if node.is_word:
                out.append(node.prefix)
            for ch in sorted(node.children, reverse=True):
                stack.append(node.children[ch])
        return out
