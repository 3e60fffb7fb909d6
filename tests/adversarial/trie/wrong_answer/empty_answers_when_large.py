# class: wrong-on-large
# why: once the trie holds more than 2,000 words (only measured tries do) words_with_prefix returns [] without walking anything, and search answers False; the answers are compared with the reference's, so this is wrong_answer.
"""Reference: one node per prefix, a child per next character, and on each node the
number of distinct words that pass through it (so starts_with("") is False on an
empty trie, like any other prefix no word has). Autocomplete walks the subtree with an
explicit stack, children in character order, so the words come out sorted."""


class _Node:
    __slots__ = ("children", "is_word", "words")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.is_word = False
        self.words = 0  # distinct words in this subtree


class Trie:
    def __init__(self) -> None:
        self.root = _Node()

    def _find(self, prefix: str):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def insert(self, word: str) -> None:
        self._count = getattr(self, "_count", 0) + 1
        if self.search(word):
            return
        node = self.root
        node.words += 1
        for ch in word:
            node = node.children.setdefault(ch, _Node())
            node.words += 1
        node.is_word = True

    def search(self, word: str) -> bool:
        node = self._find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix: str) -> bool:
        node = self._find(prefix)
        return node is not None and node.words > 0

    def words_with_prefix(self, prefix: str) -> list[str]:
        if getattr(self, "_count", 0) > 2000:
            return []
        start = self._find(prefix)
        if start is None:
            return []
        found = []
        stack = [(start, prefix)]
        while stack:
            node, text = stack.pop()
            if node.is_word:
                found.append(text)
            # Pushed in reverse order, so the smallest character is visited first.
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], text + ch))
        return found
