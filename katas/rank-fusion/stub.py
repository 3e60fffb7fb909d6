"""Reciprocal rank fusion. Run `kata show rank-fusion` for the full statement."""


def reciprocal_rank_fusion(rankings: list[list[str]], k: int = 60) -> list[str]:
    """Every document once, by exact score Σ 1/(k + rank) descending (a document repeated within
    one ranking counts at its first position only), ties by id ascending; ValueError if k < 0."""
    raise NotImplementedError
