"""Splitting the work for a CI matrix: `--shard K/N` takes the K-th of N parts.

A submission's shard depends only on its member and kata (a hash of the two), so
it stays on the same shard as the group grows, and each shard's cache stays warm.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..errors import KataError


@dataclass(frozen=True)
class Shard:
    index: int  # 1-based
    count: int

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def holds(self, member: str, slug: str) -> bool:
        return shard_of(member, slug, self.count) == self.index


def shard_of(member: str, slug: str, count: int) -> int:
    digest = hashlib.sha256(f"{slug}/{member}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


def parse_shard(text: str) -> Shard:
    """'2/4' -> Shard(2, 4). Raises KataError naming the value and the fix."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not match:
        raise KataError(f"'{text}' is not K/N; write two whole numbers, e.g. --shard 1/3")
    index, count = int(match[1]), int(match[2])
    if count < 1:
        raise KataError(f"'{text}': N must be at least 1, e.g. --shard 1/3")
    if not 1 <= index <= count:
        raise KataError(f"'{text}': K must be between 1 and N={count}; the shards are 1/{count} to {count}/{count}")
    return Shard(index, count)
