# class: memoise
# why: autocomplete filters every stored word but remembers answers in a module-level memo keyed by (trie, number of words, prefix) across calls and repeats; each repeat draws fresh words and prefixes, so the memo never hits and the scans stay O(n) per call: time_limit_exceeded.
_MEMO = {}


class _Node:
    def __init__(self):
        self.children = {}
        self.is_word = False


class Trie:
    def __init__(self):
        self.root = _Node()
        self.all_words = []

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

    def search(self, word):
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix):
        if prefix == "":
            return bool(self.all_words)
        return self._find(prefix) is not None

    def words_with_prefix(self, prefix):
        token = self.__dict__.setdefault("_token", object())  # kept alive by the memo: never reused
        key = (token, len(self.all_words), prefix)
        if key not in _MEMO:
            _MEMO[key] = sorted(w for w in self.all_words if w.startswith(prefix))
        return list(_MEMO[key])
