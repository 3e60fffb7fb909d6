"""Runs in the solution process: the judge's own tokens, whose identity only this process can
see, and the workloads the performance group measures.

Plain lists of ints and strings cross to the submission as data, so a chunk that holds copies
of them looks the same as one that holds the very items. `Token` objects cannot cross: a
test asks `chunk_tokens`, here, to make them, call chunk(), and describe what came back (which
token each chunk holds, by identity, and whether each chunk is a new list). The judge's
process compares that with its model (tests/conftest.py).
"""

import sys
from array import array
from itertools import chain
from operator import is_

from kata_workload import describe_exception


class Token:
    """A token of the judge's: equal only to itself, so a copy (copy.copy, deepcopy, a new Token
    with the same text) is told apart from the very object."""

    __slots__ = ("text",)

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Token({self.text!r})"


def _item(x, where):
    """Which token a chunk holds: its index when it is the very object, else what it is."""
    i = where.get(id(x))
    if i is not None:
        return i
    if type(x) in (Token, Note, list, dict, bytearray):
        return {"copy": repr(x)[:60], "kind": type(x).__name__}
    try:
        return {"other": repr(x)[:60]}
    except Exception:
        return {"other": f"<{type(x).__name__} object>"}


class Note:
    """A plain object of the judge's, with no equality of its own (like Token, but another class)."""

    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return f"Note({self.text!r})"


def _mixed(i):
    """Item i of a mixed list: the judge's objects of several kinds, mutable ones included."""
    kind = i % 5
    if kind == 0:
        return Token(f"w{i}")
    if kind == 1:
        return [f"w{i}"]
    if kind == 2:
        return {"w": i}
    if kind == 3:
        return bytearray(b"w%d" % i)
    return Note(f"w{i}")


def chunk_tokens(n, size, overlap, mixed=False):
    """chunk() on n Tokens named w0, w1, … (mixed: Tokens, lists, dicts, bytearrays and Notes
    in turn); returns what came back as plain data:
    {"type": the result's type, "chunks": [{"type", "input" (the caller's list itself), "again"
    (the same list object as an earlier chunk), "items": [index of the very token, or
    {"copy": text} / {"other": repr}]}], "changed": whether the caller's list changed},
    or {"raised": the exception, described}."""
    tokens = [_mixed(i) if mixed else Token(f"w{i}") for i in range(n)]
    before = list(tokens)
    try:
        result = sys.modules["solution"].chunk(tokens, size, overlap)
    except Exception as exc:
        return {"raised": describe_exception(exc)}
    where = {id(t): i for i, t in enumerate(before)}
    report = {"type": type(result).__name__, "changed": len(tokens) != len(before) or any(a is not b for a, b in zip(tokens, before))}
    if type(result) is not list:
        return report
    seen = set()
    chunks = []
    for c in result:
        entry = {"type": type(c).__name__, "input": c is tokens, "again": id(c) in seen}
        seen.add(id(c))
        if type(c) is list:
            entry["items"] = [_item(x, where) for x in c]
        chunks.append(entry)
    report["chunks"] = chunks
    return report



def chunk_again(n, size, overlap):
    """chunk() twice on equal lists of n distinct int objects (the same values, new objects),
    changing the first call's chunks in between (as a caller may: they are its lists). Returns
    what the second call gave: {"type", "chunks": [{"type", "earlier" (a list object the first
    call returned), "items": [index into the second list of the very object, or {"other": repr}]}]},
    or {"raised": …}. A cache keyed by value hands back the first call's lists."""
    data = bytes(range(256)) * (8 * n // 256 + 1)
    first = array("q", data[:8 * n]).tolist()
    second = array("q", data[:8 * n]).tolist()  # equal to first, item by item, but new int objects
    chunk = sys.modules["solution"].chunk
    try:
        earlier = chunk(first, size, overlap)
        if type(earlier) is list:
            for c in earlier:
                if type(c) is list:
                    c.append("changed by the caller")
        result = chunk(second, size, overlap)
    except Exception as exc:
        return {"raised": describe_exception(exc)}
    report = {"type": type(result).__name__}
    if type(result) is not list:
        return report
    old = {id(c) for c in earlier} if type(earlier) is list else set()
    where = {id(t): i for i, t in enumerate(second)}
    report["chunks"] = [
        {"type": type(c).__name__, "earlier": id(c) in old,
         "items": [_item(x, where) for x in c] if type(c) is list else None}
        for c in result
    ]
    return report

# workloads ---------------------------------------------------------------------------------------
def _expected(tokens, size, overlap):
    """The contract's chunks (the kata's own model, at C speed)."""
    if not tokens:
        return []
    step = size - overlap
    return [tokens[s:s + size] for s in range(0, max(len(tokens) - size, 0) + step, step)]


def _summary(tokens, size, overlap, chunks):
    """Every chunk, checked here against the contract's (identity of every item included, by
    `is`, which only this process can check) and summed up as [number of chunks, whether each
    one is a list of the very items it should hold]; a result that is not a list of lists says
    what it is. Compact, so that a million tokens cost the digest nothing."""
    if type(chunks) is not list:
        return ["not a list", type(chunks).__name__]
    kinds = set(map(type, chunks))
    if kinds - {list}:
        return ["not lists", sorted(k.__name__ for k in kinds)]
    want = _expected(tokens, size, overlap)
    right = (len(chunks) == len(want) and list(map(len, chunks)) == list(map(len, want))
             and all(map(is_, chain.from_iterable(chunks), chain.from_iterable(want))))
    return [len(chunks), right]


def _ints(n, rng):
    """n random 64-bit ints, each its own object (no small-int cache), at C speed."""
    return array("q", rng.randbytes(8 * n)).tolist()


def _words(n, rng):
    """n random four-letter hex words, each its own str object, at C speed."""
    return rng.randbytes(2 * n).hex(" ", 2).split() if n else []


def workload_chunks(solution, n, rng):
    """Five calls on n tokens each, every shape in every run: ints and words, with no overlap and
    with an overlap of up to half the size (sizes 4 to 16), so that a shortcut for one shape is
    measured on the others; and a few long chunks (size n/8 to n/4, overlap up to half of it),
    where building a chunk in O(size²) shows. The output holds at most twice the input.
    Returns every call's chunks, checked (_summary)."""
    answers = []
    shapes = [(make, rng.randrange(4, 17), overlapping) for make in (_ints, _words) for overlapping in (False, True)]
    shapes.append((_ints, rng.randrange(max(1, n // 8), n // 4 + 2), True))
    for make, size, overlapping in shapes:
        overlap = rng.randrange(1, size // 2 + 1) if overlapping and size > 1 else 0
        tokens = make(n, rng)
        answers.append(_summary(tokens, size, overlap, solution.chunk(tokens, size, overlap)))
    return answers
