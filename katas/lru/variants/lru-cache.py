"""LeetCode 146 (lru-cache) as the lru kata's hidden tests call it. `learner` is the learner's
file, loaded as LeetCode loads it; this module is the kata's, in the solution process, and
decides nothing: the judge checks every answer it returns.

LeetCode's LRUCache has the kata's name and its get and put, with the same meaning (-1 for an
absent key); it has no __len__ and no ValueError for a capacity below 1, which the tests leave
out for this variant. The kata's LRUCache wraps the learner's, so that only get and put reach it."""


class LRUCache:
    def __init__(self, capacity):
        self._cache = learner.LRUCache(capacity)  # noqa: F821 (given by the harness)

    def get(self, key):
        return self._cache.get(key)

    def put(self, key, value):
        return self._cache.put(key, value)
