"""Time limit exceeded: a Counter per document (a forward index), and scores() looks every query term up in every document: O(N · query length) per query, where an inverted index costs O(N + postings of the query terms)."""

import math
from collections import Counter


class BM25:
    def __init__(self, corpus, k1=1.5, b=0.75):
        if len(corpus) == 0:
            raise ValueError("the corpus is empty")
        self.k1 = k1
        self.n = len(corpus)
        self.counts = [Counter(document) for document in corpus]
        total = sum(map(len, corpus))
        avgdl = total / self.n if total else 1.0
        self.norm = [k1 * (1 - b + b * len(document) / avgdl) for document in corpus]
        df = Counter()
        for counts in self.counts:
            df.update(counts.keys())
        self.idf = {t: math.log(1 + (self.n - m + 0.5) / (m + 0.5)) for t, m in df.items()}

    def scores(self, query):
        result = []
        for counts, norm in zip(self.counts, self.norm):
            score = 0.0
            for term in query:
                f = counts.get(term)
                if f:
                    score += self.idf[term] * f * (self.k1 + 1) / (f + norm)
            result.append(score)
        return result

    def top(self, query, k):
        if k < 1:
            raise ValueError("k must be at least 1")
        scores = self.scores(query)
        return sorted(range(self.n), key=lambda i: (-scores[i], i))[:k]
