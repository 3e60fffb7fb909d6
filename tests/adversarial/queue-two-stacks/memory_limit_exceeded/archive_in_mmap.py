# class: hide-memory
# why: a two-stack queue that also archives every item it hands out into an anonymous mmap it grows as needed (outside Python's allocator and tracemalloc); the pages it writes are charged to the cgroup, so its memory grows with the items passed through, not the items held: memory_limit_exceeded.
import mmap

_PAGE = 1 << 20


class QueueWithStacks:
    def __init__(self):
        self._inbox = []
        self._outbox = []
        self._archive = mmap.mmap(-1, _PAGE)
        self._used = 0

    def _keep(self, x):
        data = repr(x).encode() + b"\n"
        if self._used + len(data) > len(self._archive):
            bigger = mmap.mmap(-1, 2 * len(self._archive))
            bigger[: self._used] = self._archive[: self._used]
            self._archive.close()
            self._archive = bigger
        self._archive[self._used:self._used + len(data)] = data
        self._used += len(data)

    def enqueue(self, x):
        self._inbox.append(x)

    def _refill(self):
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())

    def dequeue(self):
        self._refill()
        if not self._outbox:
            raise IndexError("dequeue from an empty queue")
        x = self._outbox.pop()
        self._keep(x)
        return x

    def peek(self):
        self._refill()
        if not self._outbox:
            raise IndexError("peek at an empty queue")
        return self._outbox[-1]

    def is_empty(self):
        return not self._inbox and not self._outbox

    def __len__(self):
        return len(self._inbox) + len(self._outbox)
