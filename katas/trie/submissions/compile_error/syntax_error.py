"""Compile error: a method header without its colon."""


class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word)
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
