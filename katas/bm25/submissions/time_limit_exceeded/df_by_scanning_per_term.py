"""Time limit exceeded: the document frequency of each term is counted by scanning the whole corpus for that term, so building costs O(vocabulary · total tokens) instead of O(total tokens)."""

import math
from collections import Counter


class BM25:
    def __init__(self, corpus, k1=1.5, b=0.75):
        if len(corpus) == 0:
            raise ValueError("the corpus is empty")
        self.k1 = k1
        self.n = n = len(corpus)
        total = sum(map(len, corpus))
        avgdl = total / n if total else 1.0
        self.norm = [k1 * (1 - b + b * len(document) / avgdl) for document in corpus]
        self.postings = {}
        for index, document in enumerate(corpus):
            for term, count in Counter(document).items():
                self.postings.setdefault(term, []).append((index, count))
        vocabulary = {term for document in corpus for term in document}
        df = {term: sum(1 for document in corpus if term in document) for term in vocabulary}
        self.idf = {t: math.log(1 + (n - m + 0.5) / (m + 0.5)) for t, m in df.items()}

    def scores(self, query):
        result = [0.0] * self.n
        for term in query:
            for index, count in self.postings.get(term, ()):
                result[index] += self.idf[term] * count * (self.k1 + 1) / (count + self.norm[index])
        return result

    def top(self, query, k):
        if k < 1:
            raise ValueError("k must be at least 1")
        scores = self.scores(query)
        return sorted(range(self.n), key=lambda i: (-scores[i], i))[:k]
