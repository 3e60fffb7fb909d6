"""Compile error: the class is called Bm25, not BM25, so the required name is missing."""


class Bm25:
    def __init__(self, corpus, k1=1.5, b=0.75):
        self.corpus = corpus
