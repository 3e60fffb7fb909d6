"""Finding katas: from a checkout (`katas/` beside `judge/`) or an installed package (`judge/katas`)."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from .errors import KataError
from .model import Kata, load_kata


def katas_root() -> Path:
    override = os.environ.get("KATA_CATALOGUE")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    checkout = here.parent / "katas"
    if checkout.is_dir():
        return checkout
    return here / "katas"


def slugs(root: Path | None = None) -> list[str]:
    root = root or katas_root()
    return sorted(p.name for p in root.iterdir() if (p / "kata.toml").is_file())


def find_kata(slug: str, root: Path | None = None) -> Kata:
    """The kata a learner named: its slug in any case, with underscores for hyphens
    (`pair_sum`, as the file would be named, or `LRU`), or a 'did you mean' error."""
    root = root or katas_root()
    known = slugs(root)
    canonical = slug.strip().lower().replace("_", "-")
    if canonical.startswith("leetcode:"):  # LeetCode's statement, where its slug is also a kata's (reverse-string)
        named = canonical.removeprefix("leetcode:")
        variants = leetcode_variants(root)
        if named not in variants:
            raise KataError(f"unknown LeetCode problem '{named}'; the covered ones are {', '.join(sorted(variants))}")
        return load_kata(root / variants[named]).with_variant(named)
    if canonical in known:
        return load_kata(root / canonical)
    variants = leetcode_variants(root)
    if canonical in variants:
        return load_kata(root / variants[canonical]).with_variant(canonical)
    stem = Path(slug).stem.lower().replace("_", "-")
    if (slug.endswith(".py") or "/" in slug) and stem in known:
        raise KataError(f"'{slug}' is a file, not a kata; name the kata first: kata judge {stem} {slug}")
    close = difflib.get_close_matches(canonical, known + sorted(variants), n=1, cutoff=0.5)
    hint = f"did you mean '{close[0]}'?" if close else "run 'kata list' to see the catalogue"
    raise KataError(f"unknown kata '{slug}'; {hint}")


def all_katas(root: Path | None = None, variants: bool = False) -> list[Kata]:
    """Every kata; with `variants`, each followed by its LeetCode variants."""
    root = root or katas_root()
    found = []
    for slug in slugs(root):
        kata = load_kata(root / slug)
        found.append(kata)
        if variants:
            found += [kata.with_variant(v.slug) for v in kata.meta.variants]
    return found


def leetcode_variants(root: Path | None = None) -> dict[str, str]:
    """LeetCode slug → the kata that judges it (`valid-palindrome` → `palindrome`), read from
    each kata.toml's [[variants]] without validating the whole file (find_kata does that)."""
    import tomllib

    root = root or katas_root()
    found: dict[str, str] = {}
    for slug in slugs(root):
        try:
            raw = tomllib.loads((root / slug / "kata.toml").read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            continue
        for variant in raw.get("variants", []) if isinstance(raw.get("variants"), list) else []:
            if isinstance(variant, dict) and isinstance(variant.get("slug"), str):
                found.setdefault(variant["slug"], slug)
    return found

