"""Fixed-size chunks with overlap, for retrieval. Run `kata show chunking` for the full statement."""


def chunk(tokens: list, size: int, overlap: int) -> list[list]:
    """Consecutive chunks of `size` items, each starting `size - overlap` after the previous; the
    last one may be shorter and ends at the last item. ValueError if size < 1, overlap < 0 or
    overlap >= size; [] for an empty list. Chunks are new lists holding the very same items."""
    raise NotImplementedError
