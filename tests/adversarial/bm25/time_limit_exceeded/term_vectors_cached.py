# class: memoise
# why: no inverted index; the first time a term is asked for, one scan of the corpus makes its dense vector of N contributions, kept for later queries, and a query adds up the vectors of its terms. The measured queries rarely repeat a term (corpus size) or ask for thousands of fresh ones (query length), so the scans and the O(N) additions per query term are still paid: time_limit_exceeded.
import math


class BM25:
    def __init__(self, corpus, k1=1.5, b=0.75):
        if not corpus:
            raise ValueError("empty corpus")
        self.docs = [list(d) for d in corpus]
        self.k1, self.b, self.n = k1, b, len(corpus)
        total = sum(map(len, corpus))
        self.avgdl = total / self.n if total else 1.0
        self.vectors = {}

    def _vector(self, term):
        vector = self.vectors.get(term)
        if vector is None:
            counts = [d.count(term) for d in self.docs]
            m = sum(1 for f in counts if f)
            idf = math.log(1 + (self.n - m + 0.5) / (m + 0.5))
            vector = [idf * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * len(d) / self.avgdl)) if f else 0.0
                      for f, d in zip(counts, self.docs)]
            self.vectors[term] = vector
        return vector

    def scores(self, query):
        out = [0.0] * self.n
        for t in query:
            out = [a + b for a, b in zip(out, self._vector(t))]
        return out

    def top(self, query, k):
        if k < 1:
            raise ValueError("k < 1")
        s = self.scores(query)
        return sorted(range(self.n), key=lambda i: (-s[i], i))[:k]
