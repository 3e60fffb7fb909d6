"""Too slow on updates: get and put of a new key are O(1) (a dict of nodes and a doubly linked
list), but put on a key already held walks the list from the front to find its node, instead of
taking it from the dict: O(capacity) per update."""


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value, self.prev, self.next = key, value, None, None


class LRUCache:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.nodes = {}
        self.head, self.tail = _Node(), _Node()  # head.next is the least recent
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _append(self, node):
        node.prev, node.next = self.tail.prev, self.tail
        self.tail.prev.next = node
        self.tail.prev = node

    def get(self, key):
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key, value) -> None:
        if key in self.nodes:
            node = self.head.next
            while node.key != key:  # the dict already knew where it was
                node = node.next
            node.value = value
            self._unlink(node)
            self._append(node)
            return
        if len(self.nodes) == self.capacity:
            oldest = self.head.next
            self._unlink(oldest)
            del self.nodes[oldest.key]
        node = _Node(key, value)
        self.nodes[key] = node
        self._append(node)

    def __len__(self) -> int:
        return len(self.nodes)
