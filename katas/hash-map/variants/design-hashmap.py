"""LeetCode 706 (design-hashmap) as the hash-map kata's hidden tests call it. `learner` is the
learner's file, loaded as LeetCode loads it; this module is the kata's, in the solution
process, and decides nothing: the judge checks every answer it returns.

LeetCode's MyHashMap answers get with -1 for an absent key (its values are never negative) and
does nothing on remove of an absent key; it has no `in` and no len. The kata's HashMap is built
on it: get(key, default) gives default where MyHashMap.get gives -1, and `in` asks get. The
hidden tests, judging LeetCode's meaning, call leetcode_get: MyHashMap.get itself, untouched
(feedback names it get)."""


class HashMap:
    def __init__(self):
        self._map = learner.MyHashMap()  # noqa: F821 (given by the harness)

    def put(self, key, value):
        self._map.put(key, value)  # what put and remove return, LeetCode ignores

    def get(self, key, default=None):
        value = self._map.get(key)
        return default if value == -1 else value

    def leetcode_get(self, key):
        return self._map.get(key)

    def remove(self, key):
        self._map.remove(key)

    def __contains__(self, key):
        return self._map.get(key) != -1
