# class: wrong-on-large
# why: scans every document's words (correct) while the corpus is small, as in the correctness tests; above 2,000 words it scans only the first 16 documents and scores the rest 0.0, which is fast and wrong. The measured answers are compared with the reference's: wrong_answer.
import math


class BM25:
    def __init__(self, corpus, k1=1.5, b=0.75):
        if not corpus:
            raise ValueError("empty corpus")
        self.docs = [list(d) for d in corpus]
        self.k1, self.b, self.n = k1, b, len(corpus)
        self.total = sum(map(len, corpus))
        self.avgdl = self.total / self.n
        df = {}
        for d in corpus:
            for t in set(d):
                df[t] = df.get(t, 0) + 1
        self.idf = {t: math.log(1 + (self.n - m + 0.5) / (m + 0.5)) for t, m in df.items()}

    def scores(self, query):
        limit = 16 if self.total > 2000 else self.n
        out = [0.0] * self.n
        for i, d in enumerate(self.docs[:limit]):
            for t in query:
                f = d.count(t)
                if f:
                    out[i] += self.idf[t] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * len(d) / self.avgdl))
        return out

    def top(self, query, k):
        if k < 1:
            raise ValueError("k < 1")
        s = self.scores(query)
        return sorted(range(self.n), key=lambda i: (-s[i], i))[:k]
