"""Compile error: the class is called PrefixTree, not Trie, so the required name is missing."""


class PrefixTree:
    def __init__(self):
        self.words = set()

    def insert(self, word):
        self.words.add(word)

    def search(self, word):
        return word in self.words
