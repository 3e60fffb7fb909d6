"""Time limit exceeded: scores() walks every document's words for every query term (list.count), so a query costs O(total tokens) instead of O(N + postings of the query terms)."""

import math


class BM25:
    def __init__(self, corpus, k1=1.5, b=0.75):
        if len(corpus) == 0:
            raise ValueError("the corpus is empty")
        self.corpus = [list(document) for document in corpus]
        self.k1, self.b = k1, b
        self.n = len(corpus)
        self.avgdl = sum(map(len, corpus)) / self.n
        df = {}
        for document in corpus:
            for term in set(document):
                df[term] = df.get(term, 0) + 1
        self.idf = {t: math.log(1 + (self.n - m + 0.5) / (m + 0.5)) for t, m in df.items()}

    def scores(self, query):
        result = []
        for document in self.corpus:
            score = 0.0
            for term in query:
                f = document.count(term)
                if f:
                    norm = self.k1 * (1 - self.b + self.b * len(document) / self.avgdl)
                    score += self.idf[term] * f * (self.k1 + 1) / (f + norm)
            result.append(score)
        return result

    def top(self, query, k):
        if k < 1:
            raise ValueError("k must be at least 1")
        scores = self.scores(query)
        return sorted(range(self.n), key=lambda i: (-scores[i], i))[:k]
