# class: memoise
# why: above 500 documents it remembers each ranking by (N, query) and serves the next top() of the same query on a corpus of that size from memory, without scoring; each measurement draws a new corpus (and the same planted term names), so a remembered ranking is wrong there: wrong_answer.
import math
from collections import Counter

_RANKINGS = {}


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
        key = (self.n, tuple(query))
        if self.n > 500 and key in _RANKINGS:
            return _RANKINGS[key][:k]
        s = self.scores(query)
        ranking = sorted(range(self.n), key=lambda i: (-s[i], i))
        _RANKINGS[key] = ranking
        return ranking[:k]
