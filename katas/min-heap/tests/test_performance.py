"""Comparisons are counted exactly (every < on the judge's values) and time is compared as well;
plain int values at larger sizes show work done in C (moving a list's memory) that no count sees."""


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
