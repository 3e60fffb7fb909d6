"""Runs in the solution process: the workload the performance group measures."""

STEPS = 100


def workload_steady_queue(solution, n):
    """A queue holding n items. Each step enqueues one item, peeks at the front and dequeues it,
    so the queue stays at n items; a queue that moves its items around on every call pays O(n)."""
    queue = solution.QueueWithStacks()
    for i in range(n):
        queue.enqueue(i)
    state = {"next": n}

    def run():
        start = state["next"]
        for x in range(start, start + STEPS):
            queue.enqueue(x)
            queue.peek()
            queue.dequeue()
        state["next"] = start + STEPS

    return run, 3 * STEPS
