"""Accepted: postings as dicts {document: count}; scores() adds into a dict of the documents it
touches, then lists all N scores with a comprehension (Python-level O(N) per query)."""

import math
from collections import Counter, defaultdict


class BM25:
    def __init__(self, corpus, k1=1.5, b=0.75):
        if not corpus:
            raise ValueError("empty corpus")
        self.k1, self.b = k1, b
        self.N = len(corpus)
        self.doc_len = [len(d) for d in corpus]
        self.avgdl = sum(self.doc_len) / self.N
        self.index = defaultdict(dict)
        for i, doc in enumerate(corpus):
            for term, f in Counter(doc).items():
                self.index[term][i] = f

    def idf(self, term):
        n_t = len(self.index[term])
        return math.log1p((self.N - n_t + 0.5) / (n_t + 0.5))

    def scores(self, query):
        acc = {}
        for term in query:
            if term not in self.index:
                continue
            idf = self.idf(term)
            for i, f in self.index[term].items():
                denom = f + self.k1 * (1 - self.b + self.b * self.doc_len[i] / self.avgdl)
                acc[i] = acc.get(i, 0.0) + idf * (f * (self.k1 + 1)) / denom
        return [acc.get(i, 0.0) for i in range(self.N)]

    def top(self, query, k):
        if k < 1:
            raise ValueError("k must be >= 1")
        s = self.scores(query)
        return sorted(range(self.N), key=lambda i: (-s[i], i))[:k]
