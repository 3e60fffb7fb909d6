# class: move-work
# why: the O(n²) search runs in a second thread (with the GIL released between chunks) while the call waits on it; the kernel counts every thread of the process, so the cost is still the submission's
import threading


def _search(arr, target, out):
    for i in range(len(arr)):
        for j in range(i + 1, len(arr)):
            if arr[i] + arr[j] == target:
                out.add((min(arr[i], arr[j]), max(arr[i], arr[j])))


def find_pairs(arr, target):
    out = set()
    worker = threading.Thread(target=_search, args=(arr, target, out))
    worker.start()
    worker.join()
    return list(out)
