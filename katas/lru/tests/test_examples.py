from judge.testing import expect, expect_raises, not_in_variant, variant

# "lru-cache": LeetCode 146 has int keys 0..10^4, int values 0..10^5, capacity 1..3000, and an
# LRUCache without __len__; its tests keep to that, and leave out what LeetCode does not ask.
LEETCODE = variant()


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
    if not LEETCODE:
        expect(cache.len(), 2)


def test_get_of_absent_key_is_minus_one(solution):
    cache = solution.LRUCache(3)
    if LEETCODE:
        expect(cache.get(0), -1)
        expect(cache.get(10_000), -1)
        return
    expect(cache.get("missing"), -1)
    expect(cache.len(), 0)


def test_get_makes_key_most_recent(solution):
    a, b, c = (10, 20, 30) if LEETCODE else ("a", "b", "c")
    cache = solution.LRUCache(2)
    cache.put(a, 1)
    cache.put(b, 2)
    cache.get(a)
    cache.put(c, 3)
    expect(cache.get(a), 1, note=f"get({a!r}) made {a!r} the most recent, so {b!r} was evicted")
    expect(cache.get(b), -1, note=f"{b!r} was the least recently used key")


def test_update_makes_key_most_recent_without_growing(solution):
    one, two, uno, three = (100, 200, 101, 300) if LEETCODE else ("one", "two", "uno", "three")
    cache = solution.LRUCache(2)
    cache.put(1, one)
    cache.put(2, two)
    cache.put(1, uno)
    if not LEETCODE:
        expect(cache.len(), 2, note="updating a key does not add one")
    cache.put(3, three)
    expect(cache.get(1), uno, note="the update made 1 the most recent")
    expect(cache.get(2), -1, note="2 was the least recently used key")
    if LEETCODE:  # no len() in LeetCode 146: the update must not have taken a place of its own
        expect(cache.get(3), three, note="updating 1 did not add a key, so 3 fits beside it")


def test_capacity_one(solution):
    cache = solution.LRUCache(1)
    cache.put(1, 1)
    cache.put(2, 2)
    expect(cache.get(1), -1)
    expect(cache.get(2), 2)
    if not LEETCODE:
        expect(cache.len(), 1)


def test_capacity_below_one_is_an_error(solution):
    not_in_variant("LeetCode 146's capacity is at least 1")
    expect_raises("ValueError", solution.LRUCache, 0)
    expect_raises("ValueError", solution.LRUCache, -3)


def test_keys_are_any_hashable_values(solution):
    not_in_variant("LeetCode 146's keys are ints from 0 to 10^4")
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
    if LEETCODE:  # key 0 and value 0: both falsy, both in LeetCode 146's domain
        cache = solution.LRUCache(2)
        cache.put(0, 0)
        cache.put(7, 0)
        expect(cache.get(0), 0, note="key 0 holds the value 0, which is not absent")
        expect(cache.get(7), 0, note="7 holds the value 0, which is not absent")
        return
    cache = solution.LRUCache(2)
    cache.put("zero", 0)
    cache.put("empty", "")
    expect(cache.get("zero"), 0)
    expect(cache.get("empty"), "")


def test_many_evictions_in_order(solution):
    cache = solution.LRUCache(3)
    for i in range(10):
        cache.put(i, i * i)
    if not LEETCODE:
        expect(cache.len(), 3)
    for i in range(7):
        expect(cache.get(i), -1, note=f"{i} was evicted long ago")
    for i in range(7, 10):
        expect(cache.get(i), i * i)
