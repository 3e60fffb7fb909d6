"""Compile error: a missing colon after the class line."""


class BM25
    def __init__(self, corpus, k1=1.5, b=0.75):
        self.corpus = corpus
