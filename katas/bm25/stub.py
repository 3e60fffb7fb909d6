"""Keyword retrieval with Okapi BM25. Run `kata show bm25` for the full statement."""


class BM25:
    """An index over a corpus of tokenised documents, scoring them against a query with BM25."""

    def __init__(self, corpus: list[list[str]], k1: float = 1.5, b: float = 0.75) -> None:
        """Build the index in O(total tokens). Raise ValueError if the corpus is empty."""
        raise NotImplementedError

    def scores(self, query: list[str]) -> list[float]:
        """One BM25 score per document (every occurrence of a query term counts), in
        O(N + postings of the query terms)."""
        raise NotImplementedError

    def top(self, query: list[str], k: int) -> list[int]:
        """Indices of the k best documents, by score descending, ties by lower index; all N if
        k > N. Raise ValueError if k < 1."""
        raise NotImplementedError
