# expect: accepted
# kata: sorting
"""A correct solution that sorts in a multiprocessing worker (fork start method) and reads the
order back over a pipe: forking is allowed, the worker's exit must not be taken for a reply,
and its CPU time is the submission's like any other. (It used to be a pair-sum; pair-sum now
measures space, and a forked worker's copy-on-write pages of the input are memory the
submission holds.)"""
import multiprocessing


def _order(items):
    """A stable bottom-up merge sort of the indices, comparing items only with <."""
    order = list(range(len(items)))
    width = 1
    while width < len(order):
        merged = []
        for lo in range(0, len(order), 2 * width):
            left, right = order[lo:lo + width], order[lo + width:lo + 2 * width]
            i = j = 0
            while i < len(left) and j < len(right):
                if items[right[j]] < items[left[i]]:
                    merged.append(right[j])
                    j += 1
                else:
                    merged.append(left[i])
                    i += 1
            merged += left[i:] + right[j:]
        order = merged
        width *= 2
    return order


def _in_a_worker(arr):
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)

    def work():
        send.send(_order(arr))
        send.close()

    worker = context.Process(target=work)
    worker.start()
    order = receive.recv()
    worker.join()
    return [arr[i] for i in order]


def quicksort(arr):
    return _in_a_worker(arr)


def merge_sort(arr):
    return _in_a_worker(arr)
