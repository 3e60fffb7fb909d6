from judge.testing import asking, expect, expect_raises, not_in_variant, variant

# "design-hashmap": LeetCode 706's MyHashMap, keys and values ints in [0, 10**6], get giving -1
# for an absent key (called as leetcode_get: the adapter hands back MyHashMap.get's answer as
# it is, and feedback names it get), remove of an absent key doing nothing, no `in`, no len.
LEETCODE = variant()
NOT_INT_KEYS = "LeetCode 706's keys are ints in [0, 10**6]"

# In CPython, hash(k * (2**61 - 1)) == 0 for every int k: these keys land in the same bucket or
# start the same probe sequence whatever the table's size.
M = 2**61 - 1
COLLIDING = [0, M, 2 * M, 3 * M]
SAME_HASH = "0, 2**61 - 1, 2 * (2**61 - 1) and 3 * (2**61 - 1) all have hash 0"
# LeetCode 706's keys collide in the learner's own table, which hashes them its own way (key % 1000,
# key % 1024, a list indexed by key): multiples of 128,000 = 1,000 * 128 = 1,024 * 125 share a
# bucket in a table of 1,000 or 1,024 slots, or of any power of two up to 1,024.
C = 128_000
LEETCODE_COLLIDING = [0, C, 2 * C, 3 * C]
SAME_SLOT = "0, 128,000, 256,000 and 384,000 share a slot in a table of 1,000 or 1,024 slots (or of 8, 16, … 1,024)"


def test_statement_example(solution):
    if LEETCODE:
        return leetcode_example(solution)
    m = solution.HashMap()
    expect(m.put("apple", 3), None)
    m.put("pear", 5)
    expect(m.get("apple"), 3)
    expect(m.contains("pear"), True)
    m.put("apple", 4)
    expect(m.get("apple"), 4, note="put() of a present key overwrites its value")
    expect(m.len(), 2, note="overwriting a key does not add one")
    expect(m.remove("pear"), None)
    expect(m.contains("pear"), False, note="'pear' was removed")
    expect(m.get("pear"), None, note="'pear' was removed")
    expect(m.get("pear", 0), 0, note="'pear' was removed, so the default comes back")
    expect(m.len(), 1)


def leetcode_example(solution):
    """LeetCode 706's example, then a remove of a key that is not there (which does nothing)."""
    m = solution.HashMap()
    m.put(1, 1)
    m.put(2, 2)
    expect(m.leetcode_get(1), 1)
    expect(m.leetcode_get(3), -1, note="3 was never put: get gives -1")
    m.put(2, 1)
    expect(m.leetcode_get(2), 1, note="put() of a present key updates its value")
    m.remove(2)
    expect(m.leetcode_get(2), -1, note="2 was removed: get gives -1")
    expect(m.remove(2), None, note="2 is no longer there: remove does nothing")
    expect(m.remove(10**6), None, note="10**6 was never put: remove does nothing")
    expect(m.leetcode_get(1), 1, note="removing absent keys leaves the others alone")


def test_new_map_is_empty(solution):
    if LEETCODE:
        m = solution.HashMap()
        for key in (0, 1, 10**6):
            expect(m.leetcode_get(key), -1, note="nothing was put: get gives -1")
        return
    m = solution.HashMap()
    expect(m.len(), 0)
    expect(m.contains("x"), False)
    expect(m.get("x"), None, note="an absent key gives the default, None")
    expect(m.get("x", "fallback"), "fallback", note="an absent key gives the default")


def test_remove_of_an_absent_key_is_a_key_error(solution):
    not_in_variant("LeetCode 706's remove of an absent key does nothing (the statement example checks it)")
    m = solution.HashMap()
    expect_raises("KeyError", m.remove, "ghost", note="the map is empty")
    m.put("a", 1)
    expect_raises("KeyError", m.remove, "b", note="only 'a' is in the map")
    m.remove("a")
    expect_raises("KeyError", m.remove, "a", note="'a' was already removed")
    expect(m.len(), 0)


def test_overwrite_does_not_change_len(solution):
    if LEETCODE:
        m = solution.HashMap()
        for value in range(5):
            m.put(7, value)
        expect(m.leetcode_get(7), 4, note="the same key was put five times: the last put wins")
        m.remove(7)
        expect(m.leetcode_get(7), -1, note="7 was put five times and removed once: no copy of it may remain")
        return
    m = solution.HashMap()
    for value in range(5):
        m.put("k", value)
    expect(m.len(), 1, note="the same key was put five times")
    expect(m.get("k"), 4, note="the last put wins")


def test_stored_none_and_falsy_values_are_present(solution):
    if LEETCODE:
        m = solution.HashMap()
        m.put(0, 0)
        m.put(5, 0)
        m.put(10**6, 10**6)
        expect(m.leetcode_get(0), 0, note="key 0 is present; its value happens to be 0")
        expect(m.leetcode_get(5), 0, note="the key is present; its value happens to be 0, which is not -1")
        expect(m.leetcode_get(10**6), 10**6, note="10**6 is the largest key and value")
        m.remove(0)
        expect(m.leetcode_get(0), -1, note="key 0 was removed")
        expect(m.leetcode_get(5), 0)
        return
    m = solution.HashMap()
    m.put("none", None)
    m.put("zero", 0)
    m.put("empty", "")
    expect(m.contains("none"), True, note="the key is present; its value happens to be None")
    expect(m.contains("zero"), True, note="the key is present; its value happens to be 0")
    expect(m.get("none", "default"), None, note="the key is present, so its value (None) comes back, not the default")
    expect(m.get("zero", 99), 0, note="the key is present, so its value (0) comes back, not the default")
    expect(m.get("empty", "default"), "")
    expect(m.len(), 3)


def test_keys_of_any_hashable_type(solution):
    not_in_variant(NOT_INT_KEYS)
    m = solution.HashMap()
    keys = [42, "42", (4, 2), None, frozenset({4, 2}), -7, 2.5, b"42", ("nested", (1, 2))]
    for i, key in enumerate(keys):
        m.put(key, i)
    expect(m.len(), len(keys))
    for i, key in enumerate(keys):
        expect(m.get(key), i, note=f"{key!r} was put with value {i}")
        expect(m.contains(key), True)
    expect(m.contains((2, 4)), False, note="(2, 4) is not (4, 2)")


def test_colliding_keys(solution):
    if LEETCODE:
        m = solution.HashMap()
        for i, key in enumerate(LEETCODE_COLLIDING):
            m.put(key, 10 + i)
        for i, key in enumerate(LEETCODE_COLLIDING):
            expect(m.leetcode_get(key), 10 + i, note=f"{SAME_SLOT}, yet they are four different keys")
        expect(m.leetcode_get(4 * C), -1, note=f"{4 * C:,} shares their slot too, but it was never put")
        return
    m = solution.HashMap()
    for i, key in enumerate(COLLIDING):
        m.put(key, f"v{i}")
    expect(m.len(), 4, note=f"{SAME_HASH}, yet they are four different keys")
    for i, key in enumerate(COLLIDING):
        expect(m.get(key), f"v{i}", note=SAME_HASH)
    expect(m.contains(4 * M), False, note=f"{4 * M} has hash 0 too, but it was never put")
    expect(m.get(4 * M, "absent"), "absent")


def test_remove_keeps_later_colliding_keys_reachable(solution):
    if LEETCODE:
        m = solution.HashMap()
        for i, key in enumerate(LEETCODE_COLLIDING):
            m.put(key, i)
        m.remove(C)
        note = f"{SAME_SLOT}; {C:,} was removed, the keys put after it must still be found"
        expect(m.leetcode_get(2 * C), 2, note=note)
        expect(m.leetcode_get(3 * C), 3, note=note)
        expect(m.leetcode_get(C), -1, note=f"{C:,} was removed")
        m.remove(0)
        expect(m.leetcode_get(3 * C), 3, note=f"{SAME_SLOT}; 0 and {C:,} were removed, {3 * C:,} is still there")
        m.remove(3 * C)
        expect(m.leetcode_get(2 * C), 2, note=f"{SAME_SLOT}; only {2 * C:,} is left")
        return
    m = solution.HashMap()
    for i, key in enumerate(COLLIDING):
        m.put(key, i)
    m.remove(M)
    note = f"{SAME_HASH}; {M} was removed, the keys put after it must still be found"
    expect(m.get(2 * M), 2, note=note)
    expect(m.contains(3 * M), True, note=note)
    expect(m.get(M), None, note=f"{M} was removed")
    expect(m.len(), 3)
    m.remove(0)
    expect(m.get(3 * M), 3, note=f"{SAME_HASH}; 0 and {M} were removed, {3 * M} is still there")
    m.remove(3 * M)
    expect(m.get(2 * M), 2, note=f"{SAME_HASH}; only {2 * M} is left")
    expect(m.len(), 1)


def test_put_after_remove_overwrites_a_colliding_key_instead_of_copying_it(solution):
    if LEETCODE:
        m = solution.HashMap()
        for i, key in enumerate(LEETCODE_COLLIDING[:3]):
            m.put(key, i)
        m.remove(0)
        m.put(2 * C, 7)
        expect(m.leetcode_get(2 * C), 7, note=f"{SAME_SLOT}; {2 * C:,} was already present, so put() updates it")
        m.remove(2 * C)
        expect(m.leetcode_get(2 * C), -1, note=f"{2 * C:,} was removed; no copy of it may remain")
        expect(m.leetcode_get(C), 1, note=f"only {C:,} is left")
        return
    m = solution.HashMap()
    for i, key in enumerate(COLLIDING[:3]):
        m.put(key, i)
    m.remove(0)
    m.put(2 * M, "new")
    expect(m.len(), 2, note=f"{SAME_HASH}; {2 * M} was already present, so put() overwrites it")
    expect(m.get(2 * M), "new")
    m.remove(2 * M)
    expect(m.contains(2 * M), False, note=f"{2 * M} was removed; no copy of it may remain")
    expect(m.get(2 * M), None, note=f"{2 * M} was removed; no copy of it may remain")
    expect(m.len(), 1, note=f"only {M} is left")


def test_negative_one_and_negative_two_share_a_hash(solution):
    not_in_variant(NOT_INT_KEYS + ": none is negative")
    m = solution.HashMap()
    m.put(-1, "minus one")
    m.put(-2, "minus two")
    expect(m.get(-1), "minus one", note="hash(-1) == hash(-2) == -2 in CPython, but -1 != -2")
    expect(m.get(-2), "minus two")
    m.remove(-1)
    expect(m.get(-2), "minus two", note="hash(-1) == hash(-2); removing -1 must not lose -2")


def test_reinsert_after_remove(solution):
    if LEETCODE:
        m = solution.HashMap()
        m.put(3, 1)
        m.remove(3)
        m.put(3, 2)
        expect(m.leetcode_get(3), 2)
        return
    m = solution.HashMap()
    m.put("a", 1)
    m.remove("a")
    m.put("a", 2)
    expect(m.get("a"), 2)
    expect(m.len(), 1)


FILLED = "m = HashMap(); m.put(k, k * k) for k in range(1000)"
EVENS_GONE = f"{FILLED}; m.remove(k) for every even k"


def test_many_keys_survive_growing(solution, support):
    if LEETCODE:
        return leetcode_many_keys(solution, support)
    with asking(FILLED, if_slow="a put that never returns is most often probing a full table forever: "
                                "grow the table before it fills"):
        m = support.filled(1000)  # one round trip for the 1000 puts
    with asking(f"{FILLED}; len(m)"):
        expect(m.len(), 1000)
    for k in (0, 1, 7, 8, 63, 64, 500, 998, 999):
        with asking(f"{FILLED}; m.get({k})"):
            expect(m.get(k), k * k)
    with asking(f"{FILLED}; 1000 in m"):
        expect(m.contains(1000), False)
    with asking(EVENS_GONE):
        for k in range(0, 1000, 2):
            m.remove(k)
    with asking(f"{EVENS_GONE}; len(m)"):
        expect(m.len(), 500)
    with asking(f"{EVENS_GONE}; m.get(998)"):
        expect(m.get(998), None, note="998 was removed")
    with asking(f"{EVENS_GONE}; m.get(999)"):
        expect(m.get(999), 999 * 999, note="999 was never removed")


def leetcode_many_keys(solution, support):
    """test_many_keys_survive_growing in LeetCode 706's terms: its keys and values are in range."""
    with asking(FILLED, if_slow="a put that never returns is most often probing a full table forever: "
                                "grow the table before it fills"):
        m = support.filled(1000)  # one round trip for the 1000 puts
    for k in (0, 1, 7, 8, 63, 64, 500, 998, 999):
        with asking(f"{FILLED}; m.get({k})"):
            expect(m.leetcode_get(k), k * k)
    with asking(f"{FILLED}; m.get(1000)"):
        expect(m.leetcode_get(1000), -1, note="1000 was never put")
    with asking(EVENS_GONE):
        for k in range(0, 1000, 2):
            m.remove(k)
    with asking(f"{EVENS_GONE}; m.get(998)"):
        expect(m.leetcode_get(998), -1, note="998 was removed")
    with asking(f"{EVENS_GONE}; m.get(999)"):
        expect(m.leetcode_get(999), 999 * 999, note="999 was never removed")
