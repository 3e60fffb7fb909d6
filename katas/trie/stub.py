"""Trie: prefix tree with insert, search and autocomplete. Run `kata show trie` for the full statement."""


class Trie:
    """A set of strings stored as a prefix tree."""

    def __init__(self) -> None:
        raise NotImplementedError

    def insert(self, word: str) -> None:
        """Add word (inserting it again changes nothing). The empty string is a word too."""
        raise NotImplementedError

    def search(self, word: str) -> bool:
        """True if word itself was inserted."""
        raise NotImplementedError

    def starts_with(self, prefix: str) -> bool:
        """True if some inserted word starts with prefix (every word starts with "")."""
        raise NotImplementedError

    def words_with_prefix(self, prefix: str) -> list[str]:
        """Every inserted word that starts with prefix, sorted, each once."""
        raise NotImplementedError
