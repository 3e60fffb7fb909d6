"""Wrong: nested dicts with "$" as the end-of-word key, so a word containing "$" is mistaken for the end of another word."""


class Trie:
    def __init__(self):
        self.root = {}

    def _walk(self, text):
        node = self.root
        for ch in text:
            if ch not in node:
                return None
            node = node[ch]
        return node

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = {}

    def search(self, word):
        node = self._walk(word)
        return node is not None and "$" in node

    def starts_with(self, prefix):
        node = self._walk(prefix)
        return node is not None and bool(node)

    def words_with_prefix(self, prefix):
        node = self._walk(prefix)
        out = []
        stack = [(node, prefix)] if node is not None else []
        while stack:
            node, text = stack.pop()
            for key in sorted(node, reverse=True):
                if key == "$":
                    out.append(text)
                else:
                    stack.append((node[key], text + key))
        out.sort()
        return out
