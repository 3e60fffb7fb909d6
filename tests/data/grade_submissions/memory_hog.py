"""A known memory_limit_exceeded submission for any kata: it builds a 4 GiB buffer at
import, past every kata's address-space limit (`kata grade` tests use it in both katas)."""

BUFFER = bytearray(4 * 1024**3)


def find_pairs(numbers, target):
    return []


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity

    def get(self, key):
        return -1

    def put(self, key, value):
        pass
