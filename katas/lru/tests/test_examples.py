from judge.testing import expect, expect_raises


def test_statement_example(solution):
    cache = solution.LRUCache(2)
    expect(cache.put(1, 1), None)
    cache.put(2, 2)
    expect(cache.get(1), 1)
    cache.put(3, 3)
    expect(cache.get(2), -1, note="2 was the least recently used key")
    cache.put(4, 4)
    expect(cache.get(1), -1, note="1 was the least recently used key")
    expect(cache.get(3), 3)
    expect(cache.get(4), 4)
    expect(cache.len(), 2)


def test_get_of_absent_key_is_minus_one(solution):
    cache = solution.LRUCache(3)
    expect(cache.get("missing"), -1)
    expect(cache.len(), 0)


def test_get_makes_key_most_recent(solution):
    cache = solution.LRUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    expect(cache.get("a"), 1, note="get('a') made 'a' the most recent, so 'b' was evicted")
    expect(cache.get("b"), -1, note="'b' was the least recently used key")


def test_update_makes_key_most_recent_without_growing(solution):
    cache = solution.LRUCache(2)
    cache.put(1, "one")
    cache.put(2, "two")
    cache.put(1, "uno")
    expect(cache.len(), 2, note="updating a key does not add one")
    cache.put(3, "three")
    expect(cache.get(1), "uno", note="the update made 1 the most recent")
    expect(cache.get(2), -1, note="2 was the least recently used key")


def test_capacity_one(solution):
    cache = solution.LRUCache(1)
    cache.put(1, 1)
    cache.put(2, 2)
    expect(cache.get(1), -1)
    expect(cache.get(2), 2)
    expect(cache.len(), 1)


def test_capacity_below_one_is_an_error(solution):
    expect_raises("ValueError", solution.LRUCache, 0)
    expect_raises("ValueError", solution.LRUCache, -3)


def test_keys_are_any_hashable_values(solution):
    cache = solution.LRUCache(4)
    cache.put((1, 2), "tuple")
    cache.put("k", None)
    cache.put(frozenset({3}), [1, 2])
    cache.put(None, 0.5)
    expect(cache.get((1, 2)), "tuple")
    expect(cache.get("k"), None)
    expect(cache.get(frozenset({3})), [1, 2])
    expect(cache.get(None), 0.5)


def test_values_may_equal_minus_one_or_be_falsy(solution):
    cache = solution.LRUCache(2)
    cache.put("zero", 0)
    cache.put("empty", "")
    expect(cache.get("zero"), 0)
    expect(cache.get("empty"), "")


def test_many_evictions_in_order(solution):
    cache = solution.LRUCache(3)
    for i in range(10):
        cache.put(i, i * i)
    expect(cache.len(), 3)
    for i in range(7):
        expect(cache.get(i), -1, note=f"{i} was evicted long ago")
    for i in range(7, 10):
        expect(cache.get(i), i * i)
