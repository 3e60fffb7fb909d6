# class: detect-measuring
# why: guesses that the judge asks for large k, so it sorts when k >= N / 2 and otherwise picks the next best document k times (O(N · k)); every measured run also asks for k between N / 64 and N / 32, where the selection is quadratic: time_limit_exceeded.
import math
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
        self.idf = {t: math.log(1 + (self.n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def scores(self, query):
        out = [0.0] * self.n
        for t in query:
            for i, f in self.postings.get(t, ()):
                out[i] += self.idf[t] * f * (self.k1 + 1) / (f + self.norm[i])
        return out

    def top(self, query, k):
        if k < 1:
            raise ValueError("k < 1")
        s = self.scores(query)
        if 2 * k >= self.n:
            return sorted(range(self.n), key=lambda i: (-s[i], i))[:k]
        left, out = list(range(self.n)), []
        for _ in range(k):
            best = max(left, key=lambda i: (s[i], -i))
            left.remove(best)
            out.append(best)
        return out
