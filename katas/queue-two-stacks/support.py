"""Runs in the solution process: the workload the performance group measures."""


def workload_mixed(solution, n, rng):
    """A queue filled with n items by n enqueues, then n random operations: enqueue, dequeue and
    peek in equal shares, in runs of random length (so peeks and dequeues come right after
    enqueues as well as after each other), kept between n/2 and 3n/2 items. A queue that moves
    its items from one stack to the other on every dequeue or peek, or shifts a list's memory
    on every dequeue (del items[0], items[1:]), pays O(n) per call. Returns every dequeued and
    peeked item, is_empty() and len() at the end."""
    queue = solution.QueueWithStacks()
    for x in range(n):
        queue.enqueue(x)
    size, nxt = n, n
    answers = []
    low, high = n // 2, n + n // 2
    kinds = rng.choices((0, 1, 2), k=n)
    runs = rng.choices((1, 1, 2, 3, 5), k=n)
    steps = 0
    for kind, run in zip(kinds, runs):
        if steps >= n:
            break
        for _ in range(min(run, n - steps)):
            steps += 1
            if kind == 0 and size < high or kind != 0 and size <= low:
                queue.enqueue(nxt)
                nxt += 1
                size += 1
            elif kind == 1:
                answers.append(queue.dequeue())
                size -= 1
            else:
                answers.append(queue.peek())
    answers.append(queue.is_empty())
    answers.append(len(queue))
    return answers


HELD = 64


def workload_pass_through(solution, n, rng):
    """Space: a queue that never holds more than 65 items while n items pass through it
    (enqueue one, dequeue one, peek). The reference holds O(items held); a queue that only
    moves a head index and never lets go of what it has dequeued holds all n. Every dequeued
    and peeked item is folded into one running hash (the answer), so the answers themselves
    take no memory that grows with n."""
    base = rng.getrandbits(40)
    yield
    queue = solution.QueueWithStacks()
    for x in range(base, base + HELD):
        queue.enqueue(x)
    mod = (1 << 61) - 1
    fold = 0
    for x in range(base + HELD, base + HELD + n):
        queue.enqueue(x)
        fold = (fold * 1_000_003 + queue.dequeue()) % mod
        fold = (fold * 1_000_003 + queue.peek()) % mod
    return [fold, len(queue), queue.is_empty()]


# LeetCode 232 (implement-queue-using-stacks) -----------------------------------------------------
# Its domain: values 1..9, pop and peek never on an empty queue, and a MyQueue without __len__.
# The workloads below keep to it; the tests choose them when variant() is
# "implement-queue-using-stacks" (the reference runs the same workload, on the same inputs).
# LeetCode makes at most 100 calls; the follow-up's amortized O(1) can only be seen on more.


def workload_mixed_leetcode(solution, n, rng):
    """workload_mixed in LeetCode 232's domain: the same fill with n items and n random
    enqueue, dequeue and peek calls in runs (between n/2 and 3n/2 items held, so never a dequeue
    or peek on an empty queue), with items 1..9 (drawn at random, so that an item out of order
    shows); no len() at the end, which LeetCode's MyQueue has not. Returns every dequeued and
    peeked item and is_empty() at the end."""
    items = list(rng.randbytes(2 * n).translate(DIGITS))  # n to fill, then at most n enqueues
    queue = solution.QueueWithStacks()
    for x in items[:n]:
        queue.enqueue(x)
    size, nxt = n, n
    answers = []
    low, high = n // 2, n + n // 2
    kinds = rng.choices((0, 1, 2), k=n)
    runs = rng.choices((1, 1, 2, 3, 5), k=n)
    steps = 0
    for kind, run in zip(kinds, runs):
        if steps >= n:
            break
        for _ in range(min(run, n - steps)):
            steps += 1
            if kind == 0 and size < high or kind != 0 and size <= low:
                queue.enqueue(items[nxt])
                nxt += 1
                size += 1
            elif kind == 1:
                answers.append(queue.dequeue())
                size -= 1
            else:
                answers.append(queue.peek())
    answers.append(queue.is_empty())
    return answers


def workload_pass_through_leetcode(solution, n, rng):
    """Space, workload_pass_through in LeetCode 232's domain: n items 1..9 (drawn at random)
    pass through a queue that never holds more than 65 of them; no len() at the end. A queue
    that never lets go of a dequeued item keeps a reference to each of the n (8 bytes apiece:
    the small ints themselves are shared). Returns the running hash of every dequeued and
    peeked item, and is_empty() at the end."""
    items = rng.randbytes(n + HELD).translate(DIGITS)  # each byte an item 1..9
    yield
    queue = solution.QueueWithStacks()
    for x in items[:HELD]:
        queue.enqueue(x)
    mod = (1 << 61) - 1
    fold = 0
    for x in items[HELD:]:
        queue.enqueue(x)
        fold = (fold * 1_000_003 + queue.dequeue()) % mod
        fold = (fold * 1_000_003 + queue.peek()) % mod
    return [fold, queue.is_empty()]


DIGITS = bytes(1 + b % 9 for b in range(256))  # a byte as an item 1..9
