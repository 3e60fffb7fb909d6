"""LeetCode's statements of the katas' problems (see model.Variant): which statement a file is
written to, and the learner's names in feedback. Light: no pytest, no sandbox."""

from __future__ import annotations

import re
from collections.abc import Callable

from .model import Kata


def written_for(kata: Kata, source: bytes) -> Kata:
    """Where a LeetCode problem has the kata's own slug (reverse-string, linked-list-cycle), the
    file says which it is written to: one that defines none of the kata's names but the top-level
    name LeetCode's asks for (class Solution) is judged as the variant. Read, never run."""
    import ast

    same = next((v for v in kata.meta.variants if v.slug == kata.slug), None)
    if kata.variant is not None or same is None:
        return kata
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return kata
    defined = {node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
    defined |= {t.id for node in tree.body if isinstance(node, ast.Assign) for t in node.targets if isinstance(t, ast.Name)}
    leetcode = {name.split(".")[0] for name in same.requires}
    if defined & leetcode and not defined & set(kata.meta.requires):
        return kata.with_variant(same.slug)
    return kata


def learner_words(kata: Kata) -> Callable[[str], str]:
    """Rewrites the kata's calls in a message as the learner's file names them (a variant's
    `names`: is_palindrome( → Solution().isPalindrome(); push for enqueue). Identity for a kata."""
    names = kata.variant.names if kata.variant else {}
    if not names:
        return lambda text: text
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    calls = re.compile(r"(?<![\w.])(" + alternatives + r")(?=\()")
    types = re.compile(r"(?<=an object of type )(" + alternatives + r")\b")  # what `kata test` shows of an object
    return lambda text: types.sub(lambda m: names[m.group(1)], calls.sub(lambda m: names[m.group(1)], text))


def kata_names(kata: Kata) -> dict[str, str]:
    """The other way: a variant's calls as the learner writes them (`Solution().isPalindrome`,
    `isPalindrome`, `push`) to the kata's names that the adapter answers to. Empty for a kata."""
    inverse: dict[str, str] = {}
    for ours, theirs in (kata.variant.names if kata.variant else {}).items():
        inverse.setdefault(theirs, ours)
        inverse.setdefault(theirs.rsplit(".", 1)[-1], ours)
    return inverse
