from fractions import Fraction

from judge.testing import InternalError, call_unchanged, expect, expect_raises


def fused(solution, rankings, k=None):
    """Call with a check that no ranking was changed."""
    if k is None:
        return call_unchanged(solution.reciprocal_rank_fusion, rankings)
    return call_unchanged(solution.reciprocal_rank_fusion, rankings, k)


def test_statement_example(solution, model):
    rankings = [["d1", "d2", "d3"], ["d3", "d1", "d4"]]
    expect(fused(solution, rankings), ["d1", "d3", "d2", "d4"],
           note="d1: 1/61 + 1/62, d3: 1/63 + 1/61, d2: 1/62, d4: 1/63")
    expect(fused(solution, [["a", "b"], ["b", "c"]], 0), ["b", "a", "c"], note="with k = 0: b 1/2 + 1/1, a 1/1, c 1/2")
    if model(rankings) != ["d1", "d3", "d2", "d4"]:
        raise InternalError("the statement's example disagrees with the model")


def test_ties_go_to_the_smaller_id(solution):
    expect(fused(solution, [["b", "a"], ["a", "b"]]), ["a", "b"], note="a and b both score 1/61 + 1/62: a tie, so by id")
    expect(fused(solution, [["y"], ["x"], ["w", "v"]]), ["w", "x", "y", "v"], note="w, x and y all score 1/61")
    expect(fused(solution, [["doc-b", "doc-a", "Doc-c"]], 0), ["doc-b", "doc-a", "Doc-c"], note="no tie here: 1, 1/2, 1/3")
    expect(fused(solution, [["doc-b"], ["doc-a"], ["Doc-c"]], 0), ["Doc-c", "doc-a", "doc-b"],
           note="a three-way tie at 1/1, by id ascending as Python compares str ('D' < 'd')")


def test_a_repeat_counts_at_its_first_position_only(solution):
    expect(fused(solution, [["a", "b", "b"], ["b", "a"]]), ["a", "b"],
           note="b's second place in the first ranking does not count: a and b both score 1/61 + 1/62")
    expect(fused(solution, [["x", "x", "x", "x"]], 0), ["x"], note="a document appears once in the result")


def test_a_repeat_does_not_shift_the_ranks_after_it(solution):
    expect(fused(solution, [["a", "a", "b"], ["a", "c"]]), ["a", "c", "b"],
           note="b is third in the first ranking (1/63), even though a took two places; c is second in the other (1/62)")
    expect(fused(solution, [["p", "q", "p", "r"], ["r", "s", "t"]], 0), ["r", "p", "q", "s", "t"],
           note="r: 1/4 + 1/1, p: 1/1, q: 1/2, s: 1/2, t: 1/3 (r is fourth, not third, in the first ranking)")


# Three rankings in which x and y have the same ranks, 1, 2 and 8, in a different order:
# exactly equal scores, so x comes first. Summed as floats in the rankings' order, 1/61 + 1/62 +
# 1/68 (y) and 1/68 + 1/61 + 1/62 (x) differ in the last bit, and y comes out ahead.
FORWARD = [
    ["y", "f1", "f2", "f3", "f4", "f5", "f6", "x"],
    ["x", "y", "g1", "g2", "g3", "g4", "g5", "g6"],
    ["h1", "x", "h2", "h3", "h4", "h5", "h6", "y"],
]
# The same trap for floats summed from the last ranking to the first: u and v have the ranks
# 2, 1, 7 and 1, 7, 2.
BACKWARD = [
    ["v", "u", "f1", "f2", "f3", "f4", "f5"],
    ["u", "f6", "f7", "f8", "f9", "f10", "v"],
    ["g1", "v", "g2", "g3", "g4", "g5", "u"],
]


def _float_order_differs(rankings, first, second, backward):
    def total(doc):
        terms = [1 / (60 + r.index(doc) + 1) for r in rankings]
        s = 0.0
        for t in (reversed(terms) if backward else terms):
            s += t
        return s

    return total(second) > total(first)


def test_exact_ties_are_not_broken_by_float_rounding(solution, model):
    for rankings, first, second, backward in ((FORWARD, "x", "y", False), (BACKWARD, "u", "v", True)):
        if not _float_order_differs(rankings, first, second, backward):
            raise InternalError("the float trap does not trap")
        want = model(rankings)
        if want[:2] != [first, second]:
            raise InternalError("the model does not see the exact tie")
        expect(fused(solution, rankings), want,
               note=f"{first} and {second} have exactly the same score (the same three ranks, in another order), so {first!r} comes first; "
                    "summed as floats they differ in the last bit: compare the scores exactly, as fractions")


def test_scores_that_differ_by_less_than_a_float_can_tell(solution, model):
    k = 2**60
    if 1 / (k + 1) != 1 / (k + 2) or Fraction(1, k + 1) <= Fraction(1, k + 2):
        raise InternalError("the float trap does not trap")
    expect(fused(solution, [["z", "a"]], k), ["z", "a"],
           note="with k = 2**60, z scores 1/(k + 1) and a 1/(k + 2): as floats both are 2**-60, exactly they differ")
    rankings = [["z", "y", "x"], ["b", "a"], ["c"]]
    expect(fused(solution, rankings, k), model(rankings, k),
           note="with k = 2**60 every score is 2**-60 as a float: only exact fractions order them")


def test_k_is_at_least_zero(solution):
    expect_raises("ValueError", solution.reciprocal_rank_fusion, [["a"]], -1)
    expect_raises("ValueError", solution.reciprocal_rank_fusion, [["a", "b"], ["b"]], -60)
    expect_raises("ValueError", solution.reciprocal_rank_fusion, [], -1, note="k is checked even with nothing to fuse")
    expect(fused(solution, [["a", "b"]], 0), ["a", "b"], note="k = 0 is allowed: scores 1/1 and 1/2")


def test_empty_inputs(solution):
    expect(fused(solution, []), [], note="no ranking, no document")
    expect(fused(solution, [[], []]), [], note="empty rankings, no document")
    expect(fused(solution, [[], ["a"], []]), ["a"])


def test_default_k_is_60(solution, model):
    rankings = [["a", "x", "b"], ["y", "z", "b"]]
    expect(fused(solution, rankings), ["b", "a", "y", "x", "z"],
           note="k defaults to 60: b scores 2/63, more than a's and y's 1/61 (with k = 0 it would be 2/3, less than 1)")
    if model(rankings) != ["b", "a", "y", "x", "z"] or model(rankings, 0) == model(rankings):
        raise InternalError("this example does not tell k = 60 from k = 0")
