"""Also accepted: nested dicts, a private sentinel object as the end-of-word key (never a
character), a count of stored words, and autocomplete that collects then sorts."""

_END = object()


class Trie:
    def __init__(self):
        self.root = {}
        self.count = 0

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
        if _END not in node:
            node[_END] = True
            self.count += 1

    def search(self, word):
        node = self._walk(word)
        return node is not None and _END in node

    def starts_with(self, prefix):
        if prefix == "":
            return self.count > 0
        return self._walk(prefix) is not None

    def words_with_prefix(self, prefix):
        node = self._walk(prefix)
        if node is None:
            return []
        out = []
        todo = [(node, prefix)]
        while todo:
            node, text = todo.pop()
            for key, child in node.items():
                if key is _END:
                    out.append(text)
                else:
                    todo.append((child, text + key))
        out.sort()
        return out
