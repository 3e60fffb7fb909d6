def test_insert_and_extract_min_are_logarithmic(engine):
    engine.check_time(
        "insert_extract",
        sizes=(250, 8_000),
        what="insert(), peek() and extract_min()",
        size_name="n",
        bound="O(log n) comparisons per insert and extract_min, O(1) per peek",
        counts=("lt",),
    )


def test_heapify_makes_at_most_2n_comparisons(engine):
    engine.check_time(
        "heapify_reversed",
        sizes=(1_000, 32_000),
        what="MinHeap.heapify() of n values in decreasing order",
        size_name="n",
        bound="an O(n) heapify (sift down every parent, from the last one to the root)",
        counts=("lt",),
        count_limits=lambda n: {"lt": 2 * n},
    )
