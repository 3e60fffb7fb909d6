# expect: accepted
"""A correct solution that counts the values in a multiprocessing worker (fork start method)
and reads the counts back over a pipe: forking is allowed, the worker's exit must not be taken
for a reply, and its CPU time is the submission's like any other."""
import multiprocessing


def _count(arr, conn):
    counts = {}
    for x in arr:
        counts[x] = counts.get(x, 0) + 1
    conn.send(counts)
    conn.close()


def find_pairs(arr, target):
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    worker = context.Process(target=_count, args=(arr, send))
    worker.start()
    counts = receive.recv()
    worker.join()
    pairs = []
    for a in counts:
        b = target - a
        if a < b and b in counts:
            pairs.append((a, b))
        elif a == b and counts[a] >= 2:
            pairs.append((a, a))
    return pairs
