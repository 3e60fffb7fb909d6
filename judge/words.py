"""Small helpers for sentences a person reads."""


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """'1 kata', '3 katas', '1,000 submissions'."""
    return f"{count:,} {noun if count == 1 else (nouns or noun + 's')}"
