from judge.testing import expect, expect_raises, not_in_variant, variant

# "implement-queue-using-stacks": LeetCode 232's items are 1..9, it never pops or peeks an empty
# queue, and its MyQueue has no __len__; its tests keep to that, and leave out what it does not ask.
LEETCODE = variant()


def test_statement_example(solution):
    q = solution.QueueWithStacks()
    expect(q.enqueue(1), None)
    q.enqueue(2)
    q.enqueue(3)
    expect(q.dequeue(), 1, note="1 went in first")
    expect(q.peek(), 2, note="2 is now at the front")
    if not LEETCODE:
        expect(q.len(), 2)
    q.enqueue(4)
    expect(q.dequeue(), 2)
    expect(q.dequeue(), 3)
    expect(q.dequeue(), 4)
    expect(q.is_empty(), True)


def test_new_queue_is_empty(solution):
    q = solution.QueueWithStacks()
    expect(q.is_empty(), True, note="a new queue holds nothing")
    if not LEETCODE:
        expect(q.len(), 0)


def test_dequeue_and_peek_on_empty_raise_index_error(solution):
    not_in_variant("LeetCode 232 never pops or peeks an empty queue")
    q = solution.QueueWithStacks()
    expect_raises("IndexError", q.dequeue, note="the queue is empty")
    expect_raises("IndexError", q.peek, note="the queue is empty")


def test_empty_again_after_draining(solution):
    a, b = (5, 7) if LEETCODE else ("a", "b")
    q = solution.QueueWithStacks()
    q.enqueue(a)
    q.enqueue(b)
    q.dequeue()
    q.dequeue()
    expect(q.is_empty(), True, note="both items were dequeued")
    if LEETCODE:  # no len(), and LeetCode never pops an empty queue: it fills it again instead
        q.enqueue(9)
        expect(q.is_empty(), False, note="9 was enqueued after the queue was drained")
        expect(q.peek(), 9, note="9 is the only item held")
        return
    expect(q.len(), 0)
    expect_raises("IndexError", q.dequeue, note="both items were dequeued")
    expect_raises("IndexError", q.peek, note="both items were dequeued")


def test_fifo_with_interleaved_enqueue_and_dequeue(solution):
    q = solution.QueueWithStacks()
    q.enqueue(1)
    q.enqueue(2)
    expect(q.dequeue(), 1)
    q.enqueue(3)
    expect(q.dequeue(), 2, note="2 went in before 3")
    q.enqueue(4)
    q.enqueue(5)
    expect(q.peek(), 3, note="3 went in before 4 and 5")
    expect(q.dequeue(), 3)
    expect(q.dequeue(), 4)
    q.enqueue(6)
    expect(q.dequeue(), 5, note="5 went in before 6")
    expect(q.dequeue(), 6)


def test_peek_does_not_remove(solution):
    x, y = (8, 3) if LEETCODE else ("x", "y")
    q = solution.QueueWithStacks()
    q.enqueue(x)
    q.enqueue(y)
    expect(q.peek(), x)
    expect(q.peek(), x, note="peek() does not remove the front item")
    if not LEETCODE:
        expect(q.len(), 2, note="peek() does not remove the front item")
    expect(q.dequeue(), x)
    if LEETCODE:  # no len(): the item behind it is still there
        expect(q.peek(), y, note=f"peek() removed nothing, so {y!r} is next")


def test_len_and_is_empty_after_items_moved_between_stacks(solution):
    q = solution.QueueWithStacks()
    q.enqueue(1)
    q.enqueue(2)
    q.enqueue(3)
    q.peek()
    if not LEETCODE:
        expect(q.len(), 3, note="three items are held, whichever stack they sit on")
    expect(q.is_empty(), False, note="three items are held, whichever stack they sit on")
    q.enqueue(4)
    if not LEETCODE:
        expect(q.len(), 4)
    q.dequeue()
    q.dequeue()
    q.dequeue()
    if not LEETCODE:
        expect(q.len(), 1, note="4 is still held")
    expect(q.is_empty(), False, note="4 is still held")


def test_none_and_falsy_items_are_items(solution):
    not_in_variant("LeetCode 232's items are ints from 1 to 9")
    q = solution.QueueWithStacks()
    q.enqueue(None)
    q.enqueue(0)
    q.enqueue("")
    q.enqueue(False)
    expect(q.is_empty(), False, note="None, 0, '' and False are items like any other")
    expect(q.len(), 4)
    expect(q.peek(), None)
    expect(q.dequeue(), None)
    expect(q.dequeue(), 0)
    expect(q.dequeue(), "")
    expect(q.dequeue(), False)
    expect(q.is_empty(), True)


def test_items_of_any_type_come_back_unchanged(solution):
    not_in_variant("LeetCode 232's items are ints from 1 to 9")
    q = solution.QueueWithStacks()
    items = [(1, 2), [3, 4], {"k": "v"}, 2.5, "text"]
    for item in items:
        q.enqueue(item)
    for item in items:
        expect(q.dequeue(), item)


def test_many_items(solution):
    # LeetCode 232's items are 1..9: the i-th item is 1 + i % 9 there, which still tells a
    # wrong order within any run of nine
    item = (lambda i: 1 + i % 9) if LEETCODE else (lambda i: i)
    q = solution.QueueWithStacks()
    for i in range(100):
        q.enqueue(item(i))
    for i in range(30):
        expect(q.dequeue(), item(i))
    for i in range(100, 110):
        q.enqueue(item(i))
    if not LEETCODE:
        expect(q.len(), 80)
    for i in range(30, 110):
        expect(q.dequeue(), item(i))
    expect(q.is_empty(), True)
