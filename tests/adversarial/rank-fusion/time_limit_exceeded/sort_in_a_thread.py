# class: move-work
# why: after each ranking it hands a sort of every document seen so far to a background thread ("to have the fusion ready early") and waits only for the last one; the caller's own path is one pass, but the kernel counts every thread's CPU time, and the sorts are quadratic with many short rankings
import threading
from fractions import Fraction


def reciprocal_rank_fusion(rankings, k=60):
    if k < 0:
        raise ValueError("k must be at least 0")
    scores = {}
    result = {"fused": []}
    lock = threading.Lock()
    workers = []

    def fuse(snapshot):
        fused = sorted(snapshot, key=lambda d: (-snapshot[d], d))
        with lock:
            result["fused"] = fused

    for ranking in rankings:
        seen = set()
        for rank, doc in enumerate(ranking, start=1):
            if doc not in seen:
                seen.add(doc)
                scores[doc] = scores.get(doc, 0) + Fraction(1, k + rank)
        worker = threading.Thread(target=fuse, args=(dict(scores),))
        worker.start()
        workers.append(worker)
        if len(workers) > 4:
            workers.pop(0).join()
    for worker in workers:
        worker.join()
    return sorted(scores, key=lambda d: (-scores[d], d))
