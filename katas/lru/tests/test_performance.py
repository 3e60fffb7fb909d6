from judge.testing import variant

LEETCODE = variant()  # "lru-cache": LeetCode 146, capacity <= 3000, int keys 0..10^4


def test_get_and_put_are_constant_time(engine):
    if LEETCODE:
        # LeetCode 146 asks for O(1) average get and put, and caps the capacity at 3,000 and the
        # keys at 10^4: capacity 94 to 3,000 (32× apart) on int keys in 0..10^4 that count their
        # hash and ==. A cache that scans a list of keys makes thousands of == per operation at
        # 3,000 and a few dozen at 94, so the count finds it whatever the machine's noise.
        engine.check_time(
            "get_put_leetcode",
            sizes=(94, 3_000),
            what="get(), put() of a new key and put() of a held key",
            size_name="capacity",
            bound="O(1) average per get and put, as LeetCode 146 states",
            counts=("hash", "eq"),
            per=lambda n: 4 * n,  # n puts to fill the cache, then n rounds of put, get and update
        )
        return
    engine.check_time(
        "get_put",
        sizes=(1_000, 32_000),
        what="get(), put() of a new key and put() of a held key",
        size_name="capacity",
        bound="O(1) per operation",
        counts=("hash", "eq"),
        per=lambda n: 4 * n,  # n puts to fill the cache, then n rounds of put, get and update; up to 32,000 the working set still fits the CPU caches on both sides
    )
