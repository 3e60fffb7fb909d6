"""Also accepted: the same dict + doubly linked list, with plain nodes (no __slots__, so each
node carries its own __dict__) and None at the two ends instead of sentinels. A larger constant
per key held, but still O(capacity) memory."""


class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.map = {}
        self.first = None  # least recently used
        self.last = None  # most recently used

    def _remove(self, node):
        if node.prev is None:
            self.first = node.next
        else:
            node.prev.next = node.next
        if node.next is None:
            self.last = node.prev
        else:
            node.next.prev = node.prev
        node.prev = node.next = None

    def _push(self, node):
        node.prev = self.last
        if self.last is None:
            self.first = node
        else:
            self.last.next = node
        self.last = node

    def get(self, key):
        node = self.map.get(key)
        if node is None:
            return -1
        self._remove(node)
        self._push(node)
        return node.value

    def put(self, key, value) -> None:
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._remove(node)
            self._push(node)
            return
        if len(self.map) >= self.capacity:
            old = self.first
            self._remove(old)
            del self.map[old.key]
        node = Node(key, value)
        self.map[key] = node
        self._push(node)

    def __len__(self) -> int:
        return len(self.map)
