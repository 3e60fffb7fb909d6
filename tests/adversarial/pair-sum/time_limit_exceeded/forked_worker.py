# class: move-work
# why: the O(n²) search runs in a forked child process and the answer comes back on a pipe; the child is in the same cgroup, so its CPU time is the submission's
import json
import os


def find_pairs(arr, target):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        pairs = set()
        for i in range(len(arr)):
            for j in range(i + 1, len(arr)):
                if arr[i] + arr[j] == target:
                    pairs.add((min(arr[i], arr[j]), max(arr[i], arr[j])))
        os.write(w, json.dumps(sorted(pairs)).encode())
        os._exit(0)
    os.close(w)
    chunks = []
    while True:
        chunk = os.read(r, 1 << 16)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(r)
    os.waitpid(pid, 0)
    return [tuple(p) for p in json.loads(b"".join(chunks))]
