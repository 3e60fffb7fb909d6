from judge.testing import asking, call_unchanged, expect, expect_raises


def test_statement_example(solution):
    h = solution.MinHeap()
    for v in (5, 3, 8, 1):
        expect(h.insert(v), None)
    expect(h.peek(), 1)
    expect(h.len(), 4, note="peek() does not remove anything")
    expect(h.extract_min(), 1)
    expect(h.extract_min(), 3)
    h.insert(2)
    expect(h.extract_min(), 2, note="2 was inserted after 3 went out; it is the smallest now")
    expect(h.extract_min(), 5)
    expect(h.extract_min(), 8)
    expect(h.len(), 0)


def heapify(support, items):
    """MinHeap.heapify(items), made in the solution process (the judge's own MinHeap class is
    reached there); the calls it makes are named as the learner wrote them."""
    with asking(f"MinHeap.heapify({items!r})"):
        return call_unchanged(support.heapify, items)


def test_heapify_example(support):
    h = heapify(support, [9, 4, 7, 1, 8, 2])
    expect(h.len(), 6)
    expect(h.peek(), 1)
    for want in (1, 2, 4, 7, 8, 9):
        expect(h.extract_min(), want, note="items come out smallest first")


def test_empty_heap_raises_index_error(solution):
    h = solution.MinHeap()
    expect(h.len(), 0)
    expect_raises("IndexError", h.extract_min, note="the heap is empty")
    expect_raises("IndexError", h.peek, note="the heap is empty")


def test_empty_again_after_draining(solution):
    h = solution.MinHeap()
    h.insert(7)
    expect(h.extract_min(), 7, note="7 was the only item")
    expect(h.len(), 0)
    expect_raises("IndexError", h.extract_min, note="the only item was extracted")
    expect_raises("IndexError", h.peek, note="the only item was extracted")


def test_heapify_of_nothing_is_an_empty_heap(support):
    h = heapify(support, [])
    expect(h.len(), 0)
    expect_raises("IndexError", h.extract_min, note="heapify([]) gives an empty heap")
    expect_raises("IndexError", h.peek, note="heapify([]) gives an empty heap")
    h.insert(3)
    expect(h.peek(), 3)


def test_heapify_returns_a_min_heap(support):
    h = heapify(support, [2, 1])
    expect(support.is_a_min_heap(h), True, note="heapify() must return a MinHeap")


def test_heapify_accepts_any_iterable(support):
    h = heapify(support, (6, 2, 9, 2))
    for want in (2, 2, 6, 9):
        expect(h.extract_min(), want, note="heapify of the tuple (6, 2, 9, 2)")
    made = "g = MinHeap.heapify(x for x in [5, 1, 3])"
    with asking(made):
        g = support.heapify_from_generator([5, 1, 3])
    with asking(f"{made}; len(g)"):
        expect(g.len(), 3, note="a generator can be read only once")
    with asking(f"{made}; g.extract_min()"):
        expect(g.extract_min(), 1)


def test_heapify_of_decreasing_items(support):
    h = heapify(support, [5, 4, 3, 2, 1])
    expect(h.peek(), 1, note="heapify([5, 4, 3, 2, 1]) must bring 1 to the top")
    for want in (1, 2, 3, 4, 5):
        expect(h.extract_min(), want, note="after heapify([5, 4, 3, 2, 1])")


def test_heapify_does_not_change_its_input(support):
    heapify(support, [5, 4, 3, 2, 1])
    heapify(support, [3, 1, 2, 1, 0, 7, 6])


def test_insert_after_heapify(support):
    h = heapify(support, [10, 30, 20])
    h.insert(5)
    h.insert(25)
    for want in (5, 10, 20, 25, 30):
        expect(h.extract_min(), want)


def test_peek_does_not_remove(solution):
    h = solution.MinHeap()
    h.insert(4)
    h.insert(2)
    expect(h.peek(), 2)
    expect(h.peek(), 2, note="peek() leaves the item in place")
    expect(h.len(), 2)


def test_duplicates_and_negatives(solution):
    h = solution.MinHeap()
    for v in (2, -1, 2, 0, -1, 2):
        h.insert(v)
    for want in (-1, -1, 0, 2, 2, 2):
        expect(h.extract_min(), want)


def test_smaller_right_child_comes_out_first(solution):
    h = solution.MinHeap()
    for v in (1, 5, 2, 6, 7, 3):
        h.insert(v)
    for want in (1, 2, 3, 5, 6, 7):
        expect(h.extract_min(), want, note="inserted 1, 5, 2, 6, 7, 3")


def test_any_values_ordered_by_less_than(solution):
    h = solution.MinHeap()
    for w in ("pear", "apple", "fig"):
        h.insert(w)
    expect(h.extract_min(), "apple")
    t = solution.MinHeap()
    for v in ((2, "b"), (1, "z"), (2, "a")):
        t.insert(v)
    expect(t.extract_min(), (1, "z"))
    expect(t.extract_min(), (2, "a"))
    f = solution.MinHeap()
    for v in (2.5, -0.5, 1.0):
        f.insert(v)
    expect(f.extract_min(), -0.5)


def test_values_need_only_less_than(support):
    note = "the values handed in define only __lt__: compare them with <, never <= or >="
    values = [4, 1, 3, 1, 5, 9, 2, 6]
    with asking(f"insert() of {values} as values that define only <, then peek() and extract_min() until empty"):
        expect(support.drain_lt_only(values, False), [1, 1, 2, 3, 4, 5, 6, 9], note=note)
    with asking(f"MinHeap.heapify() of {values} as values that define only <, then peek() and extract_min() until empty"):
        expect(support.drain_lt_only(values, True), [1, 1, 2, 3, 4, 5, 6, 9], note=note)


def test_many_items(support):
    values = [(i * 7919) % 211 for i in range(200)]
    made = "h = MinHeap.heapify(200 values); h.insert(-1)"
    with asking(made):
        h = support.heapify(values)
        h.insert(-1)
    with asking(f"{made}; len(h)"):
        expect(h.len(), 201)
    with asking(f"{made}; then h.extract_min() 201 times"):
        got = [h.extract_min() for _ in range(201)]
    expect(got, [-1] + sorted(values), call="heapify(200 values); insert(-1); then extract_min() 201 times, which",
           note="every item comes out, smallest first")
