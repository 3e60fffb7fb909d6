"""Too slow: a real trie for insert, search and starts_with; autocomplete filters a list of every
stored word, but remembers each prefix's answer until the next insert, so asking the same
prefix again is free. Queries that differ each time (as an autocomplete box sends them) miss
the memo every time: O(number of words) per call."""


class _Node:
    def __init__(self):
        self.children = {}
        self.is_word = False


class Trie:
    def __init__(self):
        self.root = _Node()
        self.all_words = []
        self.memo = []  # (prefix, answer) pairs, forgotten on insert

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
            self.all_words.append(word)
            self.memo = []

    def search(self, word):
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix):
        if prefix == "":
            return bool(self.all_words)
        return self._find(prefix) is not None

    def words_with_prefix(self, prefix):
        for seen, answer in self.memo:
            if seen == prefix:
                return list(answer)
        answer = sorted(w for w in self.all_words if w.startswith(prefix))
        self.memo.append((prefix, answer))
        if len(self.memo) > 16:
            self.memo.pop(0)
        return list(answer)
