"""Time limit exceeded: top() picks the best remaining document k times (max over what is left, then remove it): O(N · k), where sorting the N scores once is O(N log N)."""


import math
from collections import Counter


class BM25:
    def __init__(self, corpus, k1=1.5, b=0.75):
        if len(corpus) == 0:
            raise ValueError("the corpus is empty: BM25 needs at least one document")
        self.k1 = k1
        self.n = n = len(corpus)
        postings = {}
        lengths = []
        for index, document in enumerate(corpus):
            lengths.append(len(document))
            for term, count in Counter(document).items():
                entry = postings.get(term)
                if entry is None:
                    postings[term] = [(index, count)]
                else:
                    entry.append((index, count))
        total = sum(lengths)
        if total == 0:
            self.norm = [k1] * n  # no document holds a term: no score is ever anything but 0.0
        else:
            avgdl = total / n
            self.norm = [k1 * (1 - b + b * length / avgdl) for length in lengths]
        self.postings = postings
        self.idf = {term: math.log(1 + (n - len(entry) + 0.5) / (len(entry) + 0.5)) for term, entry in postings.items()}

    def scores(self, query):
        result = [0.0] * self.n
        k1_plus_1 = self.k1 + 1
        norm = self.norm
        for term in query:
            entry = self.postings.get(term)
            if entry is None:
                continue
            idf = self.idf[term]
            for index, count in entry:
                result[index] += idf * count * k1_plus_1 / (count + norm[index])
        return result

    def top(self, query, k):
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        scores = self.scores(query)
        remaining = list(range(self.n))
        order = []
        for _ in range(min(k, self.n)):
            best = max(remaining, key=lambda i: (scores[i], -i))
            remaining.remove(best)
            order.append(best)
        return order
