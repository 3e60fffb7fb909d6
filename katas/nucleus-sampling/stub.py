"""Top-k and top-p (nucleus) sampling, made deterministic. Run `kata show nucleus-sampling` for the full statement."""


def sample_token(logits: list[float], *, temperature: float = 1.0, top_k: int | None = None,
                 top_p: float | None = None, u: float) -> int:
    """The index of the token drawn by `u` (0 <= u < 1): probabilities = softmax(logits,
    temperature) (temperature 0: the first argmax); tokens by probability descending, ties by
    lower index; the first top_k; then the shortest prefix whose original probability reaches
    top_p; renormalised; the token where the cumulative sum first exceeds u (else the last kept).
    ValueError for an invalid top_k, top_p or u, and wherever softmax would raise one."""
    raise NotImplementedError
