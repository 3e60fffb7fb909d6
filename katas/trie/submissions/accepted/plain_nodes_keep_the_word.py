"""Also accepted: plain nodes (no __slots__), and on a word's last node the word itself (the very
string insert() was given, not a copy), so autocomplete collects words instead of building
them. More bytes per node than the reference, but still a node per character."""


class Node:
    def __init__(self):
        self.children = {}
        self.word = None


class Trie:
    def __init__(self):
        self.root = Node()
        self.count = 0

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
            nxt = node.children.get(ch)
            if nxt is None:
                nxt = node.children[ch] = Node()
            node = nxt
        if node.word is None:
            node.word = word
            self.count += 1

    def search(self, word):
        node = self._find(word)
        return node is not None and node.word is not None

    def starts_with(self, prefix):
        if prefix == "":
            return self.count > 0
        return self._find(prefix) is not None

    def words_with_prefix(self, prefix):
        node = self._find(prefix)
        out = []
        stack = [node] if node is not None else []
        while stack:
            node = stack.pop()
            if node.word is not None:
                out.append(node.word)
            for ch in sorted(node.children, reverse=True):
                stack.append(node.children[ch])
        return out
