# class: move-work
# why: the constructor returns at once and a background thread counts each term's document frequency by scanning the corpus once per term; scores() waits for it. The kernel counts the CPU time of every thread of the process, so building still costs O(vocabulary · tokens): time_limit_exceeded.
import math
import threading
from collections import Counter


class BM25:
    def __init__(self, corpus, k1=1.5, b=0.75):
        if not corpus:
            raise ValueError("empty corpus")
        self.k1, self.n = k1, len(corpus)
        total = sum(map(len, corpus))
        avgdl = total / self.n if total else 1.0
        self.norm = [k1 * (1 - b + b * len(d) / avgdl) for d in corpus]
        self.postings = {}
        for i, d in enumerate(corpus):
            for t, f in Counter(d).items():
                self.postings.setdefault(t, []).append((i, f))
        self.idf = {}
        docs = [list(d) for d in corpus]
        self.worker = threading.Thread(target=self._df, args=(docs,), daemon=True)
        self.worker.start()

    def _df(self, docs):
        for t in {t for d in docs for t in d}:
            m = sum(1 for d in docs if t in d)
            self.idf[t] = math.log(1 + (self.n - m + 0.5) / (m + 0.5))

    def scores(self, query):
        self.worker.join()
        out = [0.0] * self.n
        for t in query:
            for i, f in self.postings.get(t, ()):
                out[i] += self.idf[t] * f * (self.k1 + 1) / (f + self.norm[i])
        return out

    def top(self, query, k):
        if k < 1:
            raise ValueError("k < 1")
        s = self.scores(query)
        return sorted(range(self.n), key=lambda i: (-s[i], i))[:k]
