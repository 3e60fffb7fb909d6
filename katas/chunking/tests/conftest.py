"""The model every test file judges against, and the checks that explain a wrong chunking.

`expected(tokens, size, overlap)` is the contract: chunks start at 0, step, 2·step, … (step =
size - overlap) and stop at the first one that reaches the last item. `check_chunks` calls the
submission on plain data (ints, strings), checks the input was left as it was, and compares;
`check_tokens` asks support.chunk_tokens to do it on the judge's Token objects in the solution
process, where identity can be seen: every chunk must be a new list holding the very tokens.
"""

from __future__ import annotations

import pytest

from judge.testing import (WrongAnswer, asking, call_unchanged, expect, expect_raises, raise_reported, same, show,
                           submission, support)


def expected(tokens: list, size: int, overlap: int) -> list:
    step = size - overlap
    chunks, start = [], 0
    while start < len(tokens):
        chunks.append(tokens[start:start + size])
        if start + size >= len(tokens):
            break
        start += step
    return chunks


def rule(size: int, overlap: int) -> str:
    step = size - overlap
    return (f"chunks of {size} items, each starting {step} after the previous (size - overlap), the last one "
            "ending at the last item")


def diagnose(got, want: list, size: int, overlap: int) -> str:
    """Which clause of the contract a wrong list of chunks breaks, in the learner's words."""
    if type(got) is not list:
        return "chunk returns a list of chunks"
    if not want and got == [[]]:
        return "an empty list has no chunks: return [], not a list holding one empty chunk"
    if any(type(c) is list and not c for c in got):
        return "no chunk is empty"
    if any(type(c) is not list for c in got):
        odd = next(c for c in got if type(c) is not list)
        return (f"each chunk must be a list, and {show(odd)} is not: a new list holding the items, such as the "
                "slice tokens[start:start + size], not a view, an iterator, a tuple or a subclass of list")
    if len(got) < len(want) and same(got, want[:len(got)]):
        missing = want[len(got):]
        if len(want) == 1:
            items = f"{len(want[0])} item{'s' if len(want[0]) > 1 else ''}"
            return (f"a list of {items}, shorter than size = {size}, is still one chunk "
                    f"(the last chunk may be shorter), so the answer is {show(want)}")
        return (f"the last chunk, {show(missing[-1])}, is missing: a tail shorter than size is still a chunk, "
                "and the last chunk ends at the last item")
    if len(got) > len(want) and same(got[:len(want)], want):
        extra = got[len(want)]
        return (f"{show(want[-1])} already ends at the last item, so it is the last chunk; {show(extra)} after it "
                "lies entirely inside it (no chunk lies entirely inside the previous one)")
    return rule(size, overlap)


def check_chunks(solution, tokens: list, size: int, overlap: int) -> None:
    got = call_unchanged(solution.chunk, tokens, size, overlap)
    want = expected(tokens, size, overlap)
    if not same(got, want):
        expect(got, want, note=diagnose(got, want, size, overlap))


# the judge's Token objects -----------------------------------------------------------------------
def _name(i) -> str:
    return f"w{i}"


def _shown_item(item) -> str:
    if type(item) is int:
        return _name(item)
    if type(item) is dict and "copy" in item:
        kind = item.get("kind")
        return f"a copy of {'the ' + kind + ' ' if kind in ('list', 'dict') else ''}{item['copy']}"
    return str(item.get("other", item)) if type(item) is dict else show(item)


def check_tokens(support, n: int, size: int, overlap: int, mixed: bool = False) -> None:
    """chunk(tokens, size, overlap) on n Tokens w0 … w{n-1} of the judge's (mixed: Tokens, lists,
    dicts, bytearrays and Notes in turn), in the solution process: the chunks must be new lists
    holding the very items, in the contract's order."""
    what = "of the judge's: Tokens, lists, dicts, bytearrays and Notes" if mixed else "of the judge's"
    if n == 0:
        shown = "[] (an empty list)"
    elif n <= 4:
        shown = f"[{', '.join(_name(i) for i in range(n))}] ({n} object{'s' if n > 1 else ''} {what})"
    else:
        shown = f"[w0, w1, …, w{n - 1}] ({n:,} objects {what})"
    call = f"chunk(tokens, {size}, {overlap}) where tokens = {shown}"
    with asking(call):
        report = support.chunk_tokens(n, size, overlap, mixed)
    if "raised" in report:
        raise_reported(report["raised"], call)
    want = expected(list(range(n)), size, overlap)
    if report["type"] != "list":
        raise WrongAnswer(f"{call} returned a {report['type']}, expected a list of chunks (each a list)")
    chunks = report["chunks"]
    for k, c in enumerate(chunks):
        if c["type"] != "list":
            raise WrongAnswer(f"{call}: chunk {k} is {'an' if c['type'][:1] in 'aeiou' else 'a'} {c['type']}, not a list: "
                              "chunks are new lists holding the items (a slice tokens[start:start + size] is one), "
                              "not views, iterators, tuples or subclasses of list")
        if c["input"]:
            raise WrongAnswer(f"{call}: chunk {k} is the caller's list itself, not a new list: appending to the chunk "
                              "would change the caller's tokens (and the other way round); return a new list even when "
                              "everything fits in one chunk")
        if c["again"]:
            raise WrongAnswer(f"{call}: chunk {k} is the same list object as an earlier chunk: each chunk is a new list")
    if report["changed"]:
        raise WrongAnswer(f"{call} changed the caller's list: inputs must not be mutated")
    got = [c["items"] for c in chunks]
    for k, items in enumerate(got):
        foreign = [x for x in items if type(x) is not int]
        if foreign:
            raise WrongAnswer(f"{call}: chunk {k} holds {_shown_item(foreign[0])}, not one of the caller's tokens: "
                              "chunks hold the very same items (a slice copies references, never the objects; "
                              "no copy.copy, no deepcopy)")
    if not same(got, want):
        shown_got = [[_name(i) for i in c] for c in got]
        shown_want = [[_name(i) for i in c] for c in want]
        raise WrongAnswer(f"{call} returned {show(shown_got)}, expected {show(shown_want)}: "
                          + diagnose(got, want, size, overlap))



def check_again(support, n: int, size: int, overlap: int) -> None:
    """Two calls on equal lists of distinct objects, the first call's chunks changed in between:
    the second call's chunks are new lists holding the second list's very items."""
    call = (f"chunk(first, {size}, {overlap}), then appending to each chunk it returned, then "
            f"chunk(second, {size}, {overlap}) where second == first ({n:,} ints) but holds other int objects")
    with asking(call):
        report = support.chunk_again(n, size, overlap)
    if "raised" in report:
        raise_reported(report["raised"], call)
    if report["type"] != "list":
        raise WrongAnswer(f"{call}: the second call returned a {report['type']}, expected a list of chunks")
    for k, c in enumerate(report["chunks"]):
        if c["type"] != "list":
            raise WrongAnswer(f"{call}: the second call's chunk {k} is a {c['type']}, not a list")
        if c["earlier"]:
            raise WrongAnswer(f"{call}: the second call's chunk {k} is a list the first call returned (which the caller "
                              "has changed since): each call returns new lists; do not cache results")
        foreign = [x for x in c["items"] if type(x) is not int]
        if foreign:
            raise WrongAnswer(f"{call}: the second call's chunk {k} holds {_shown_item(foreign[0])}, not one of the items "
                              "of the list it was given: chunks hold the very items of this call's list (a result "
                              "remembered from an equal list holds that list's objects)")
    got = [c["items"] for c in report["chunks"]]
    want = expected(list(range(n)), size, overlap)
    if not same(got, want):
        raise WrongAnswer(f"{call}: the second call returned chunks of positions {show(got)}, expected {show(want)}: "
                          + diagnose(got, want, size, overlap))

class Chunks:
    """What the tests use (a fixture, since the judge imports test files by path):
    chunks.check(tokens, size, overlap), chunks.refused(tokens, size, overlap, why),
    chunks.tokens(n, size, overlap, mixed=False), chunks.again(n, size, overlap), chunks.expected(tokens, size, overlap)."""

    expected = staticmethod(expected)

    @staticmethod
    def check(tokens: list, size: int, overlap: int) -> None:
        check_chunks(submission(), tokens, size, overlap)

    @staticmethod
    def refused(tokens: list, size: int, overlap: int, why: str) -> None:
        expect_raises("ValueError", submission().chunk, tokens, size, overlap, note=why)

    @staticmethod
    def tokens(n: int, size: int, overlap: int, mixed: bool = False) -> None:
        check_tokens(support(), n, size, overlap, mixed)

    @staticmethod
    def again(n: int, size: int, overlap: int) -> None:
        check_again(support(), n, size, overlap)


@pytest.fixture(scope="session")
def chunks():
    return Chunks
