"""Comparisons are counted exactly (every < on the judge's values) and time is compared as well;
plain int values at larger sizes show work done in C (moving a list's memory) that no count sees."""

from judge.testing import Callback, TooSlow, WrongAnswer, asking, expect


def test_insert_and_extract_min_are_logarithmic(engine):
    engine.check_time(
        "insert_extract",
        sizes=(250, 8_000),
        what="insert(), peek() and extract_min()",
        size_name="n",
        bound="O(log n) comparisons per insert and extract_min, O(1) per peek",
        counts=("lt",),
        per=lambda n: 3 * n,
    )


def test_insert_and_extract_min_move_no_memory(engine):
    engine.check_time(
        "insert_extract_ints",
        sizes=(4_000, 256_000),
        what="insert() of increasing ints, peek() and extract_min()",
        size_name="n",
        bound="O(log n) per insert and extract_min, O(1) per peek: no list.insert() into the middle, no copy of the list",
        per=lambda n: 3 * n,
    )


def test_heapify_of_random_values(engine):
    engine.check_time(
        "heapify_random",
        sizes=(1_000, 32_000),
        what="MinHeap.heapify() of n random values",
        size_name="n",
        bound="an O(n) heapify (sift down every parent, from the last one to the root)",
        counts=("lt",),
        count_limits=lambda n: {"lt": 2.5 * n},
    )


def test_heapify_makes_at_most_2n_comparisons(engine):
    engine.check_time(
        "heapify_shapes",
        sizes=(1_000, 32_000),
        what="MinHeap.heapify() of n values in decreasing order, nearly decreasing order and organ-pipe order",
        size_name="n",
        bound="an O(n) heapify (sift down every parent, from the last one to the root): at most 2n comparisons",
        counts=("lt",),
        count_limits=lambda n: {"lt": 3 * 2 * n},
    )


def test_heapify_comparisons_as_the_judge_counts_them(support):
    """The same bound, with comparisons counted where the submission cannot touch the count:
    the values' order is the judge's (decreasing, the worst case for a heap built by inserts), and
    every `<` between them is a call into the judge's process."""
    for n in (1_023, 4_095):
        ranks = list(range(n, 0, -1))  # value i is the (n - i)-th smallest: the input is decreasing
        # Floyd's sift-down makes fewer than 2n comparisons; then a peek (none) and 3 extract_min
        # (at most 2 per level each): a heapify that defers its work to the first peek pays here
        limit = 2 * n + 3 * 2 * n.bit_length()

        def less(a, b, ranks=ranks, n=n):
            if type(a) is not int or type(b) is not int or not (0 <= a < n and 0 <= b < n):
                raise WrongAnswer(f"heapify() compared values the judge did not give ({a!r}, {b!r})")
            if oracle.calls > 4 * limit:  # long past the bound: stop the runaway
                raise TooSlow(f"MinHeap.heapify() of {n:,} values in decreasing order made more than {4 * limit:,} "
                              f"comparisons, counted by the judge; {BOUND_2N} makes at most {limit:,}")
            return ranks[a] < ranks[b]

        oracle = Callback(less, name="<")
        with asking(f"MinHeap.heapify() of {n:,} values in decreasing order, peek() and 3 extract_min()"):
            heap, taken = support.heapify_blind(n, oracle)
        if oracle.calls > limit:
            raise TooSlow(f"MinHeap.heapify() of {n:,} values in decreasing order, peek() and 3 extract_min() made "
                          f"{oracle.calls:,} comparisons, counted by the judge; {BOUND_2N} and O(log n) per extract_min "
                          f"make at most {limit:,}")
        with asking(f"extract_min() until empty, after MinHeap.heapify() of {n:,} values"):
            order = support.drain_blind(heap, ranks)
        expect(taken + order, sorted(range(n), key=ranks.__getitem__),
               call=f"MinHeap.heapify() of {n:,} decreasing values, then every extract_min()",
               note="the values come out smallest first")


BOUND_2N = "an O(n) heapify (sift down every parent, from the last one to the root)"
