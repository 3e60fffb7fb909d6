"""Runs in the solution process: the workloads the performance group measures, and a helper for
the visible examples.

Every input is drawn from the judge's `rng`, so it is unknown until the measurement starts.
Corpus words are decimal strings of random numbers ("40213"); the terms a workload asks for are
planted in a few documents it chooses ("q7"), or absent from the corpus ("x3"), so the workload
knows the postings of every query term without ever computing a score itself.

Scores are floats, and two correct solutions may differ in the last bits (log(1 + x) or
log1p(x), the order of a product): every score a workload returns is rounded to 4 decimals
(correct scores lie within about 1e-13 of each other, so they round alike unless one falls
that close to a rounding boundary: about one chance in a billion per score), and only scores
are rounded; indices, lengths and counts are returned as they are.
"""

from array import array
from math import isqrt

DIGITS = 4  # scores are returned as round(score, DIGITS)


def rounded_scores(index, query, digits=6):
    """For the visible examples: index.scores(query), each rounded to `digits` decimals."""
    return [round(s, digits) for s in index.scores(query)]


def calls_leave_inputs(index, query, k):
    """For the examples: call index.scores(query) and index.top(query, k) on the very list, and
    name the calls that changed it (the judge's copy of a list cannot show a change made here)."""
    changed = []
    before = list(query)
    index.scores(query)
    if query != before:
        changed.append(f"scores({before!r}) changed its query to {query!r}")
    before = list(query)
    index.top(query, k)
    if query != before:
        changed.append(f"top({before!r}, {k}) changed its query to {query!r}")
    return changed


def _words(count, vocabulary, rng):
    """`count` random words from a vocabulary of `vocabulary` decimal strings, built at C speed
    where it can be (random bytes read as 32-bit numbers)."""
    numbers = array("I", rng.randbytes(4 * count)).tolist()
    return list(map(str, [x % vocabulary for x in numbers]))


def _split(words, lengths):
    documents, start = [], 0
    for length in lengths:
        documents.append(words[start:start + length])
        start += length
    return documents


def _plant(documents, rng, terms, most_documents=6, most_count=3):
    """Append each planted term to a few documents (1 to `most_documents`), 1 to `most_count`
    times each; returns {term: {document: count}}."""
    postings = {}
    for term in terms:
        where = rng.sample(range(len(documents)), rng.randint(1, min(most_documents, len(documents))))
        postings[term] = {d: rng.randint(1, most_count) for d in where}
        for d, count in postings[term].items():
            documents[d].extend([term] * count)
    return postings


def _answer(scores, touched):
    """What a workload keeps of one scores() call: the rounded score of every document the query
    touches (the union of its terms' postings), then the number of scores, the number of exact
    zeros and the rounded sum of all of them (so a wrong score anywhere else shows too)."""
    return [[round(scores[d], DIGITS) for d in touched], len(scores), scores.count(0.0), round(sum(scores), DIGITS)]


def workload_scores(solution, n, rng):
    """scores() against corpus size: a corpus of about n words in about √n / 2 documents of
    about 2√n words each (lengths from half to one and a half times that), n / 32 planted terms
    each in 1 to 6 documents, then n / 64 queries of 3 planted terms (repeats allowed) and, every
    other query, a term absent from the corpus; a term is asked about 1.5 times on average, so
    remembering what a scan found for a term saves little. The postings a query touches stay a
    dozen or so whatever n is, so an inverted index answers each query in O(N + postings) =
    O(√n), while a scan of every document's words costs O(n) per query. Building is O(n) on both
    sides and amortised over n / 64 queries. Returns every query's answer (see _answer)."""
    count = max(16, isqrt(n) // 2)
    mean = max(2, n // count)
    lengths = [rng.randint(mean // 2, mean + mean // 2) for _ in range(count)]
    documents = _split(_words(sum(lengths), 1 << 16, rng), lengths)
    queries = max(8, n // 64)
    planted = [f"q{i}" for i in range(2 * queries)]
    postings = _plant(documents, rng, planted)
    asked = []
    for i in range(queries):
        terms = rng.choices(planted, k=3)
        touched = sorted(set().union(*(postings[t] for t in terms)))
        if i % 2:
            terms.insert(rng.randrange(4), f"x{rng.randrange(1000)}")
        asked.append((terms, touched))
    index = solution.BM25(documents)
    return [_answer(index.scores(terms), touched) for terms, touched in asked]


LONG_QUERY_DOCUMENTS = 4_096


def workload_long_query(solution, n, rng):
    """scores() against the postings of the query: a fixed corpus of 4,096 documents of 4 to 12
    words from a vocabulary of 1,024, plus n planted terms each in 1 or 2 documents, once or twice; then 4 queries of n
    planted terms each (repeats allowed), so the postings a query touches grow with n while the
    corpus barely does. An inverted index costs O(N + n) per query; looking every query term up
    in every document costs O(N · n). Returns every query's answer (see _answer)."""
    lengths = [rng.randint(4, 12) for _ in range(LONG_QUERY_DOCUMENTS)]
    documents = _split(_words(sum(lengths), 1 << 10, rng), lengths)
    planted = [f"q{i}" for i in range(n)]
    postings = _plant(documents, rng, planted, most_documents=2, most_count=2)
    queries = []
    for _ in range(4):
        terms = rng.choices(planted, k=n)
        touched = sorted(set().union(*(postings[t] for t in terms)))
        queries.append((terms, touched))
    index = solution.BM25(documents)
    return [_answer(index.scores(terms), touched) for terms, touched in queries]


def workload_build(solution, n, rng):
    """Building against corpus size: n words in n / 16 documents of 8 to 24 words, from a
    vocabulary of n / 4 words (so the number of distinct terms grows with n, each in about 4
    documents); then 8 queries of 3 words of the corpus, so that work put off until the first
    query is measured too. Returns, per query, (document, rounded score) for every nonzero score."""
    count = max(8, n // 16)
    lengths = [rng.randint(8, 24) for _ in range(count)]
    words = _words(sum(lengths), max(16, n // 4), rng)
    documents = _split(words, lengths)
    queries = [[words[rng.randrange(len(words))] for _ in range(3)] for _ in range(8)]
    index = solution.BM25(documents)
    answers = []
    for query in queries:
        scores = index.scores(query)
        answers.append([len(scores), [(d, round(s, DIGITS)) for d, s in enumerate(scores) if s]])
    return answers


TOP_LENGTH = 8


def workload_top(solution, n, rng):
    """top() against N: n documents of exactly 8 words (from a vocabulary of n words), and 4 queries of two planted terms each:
    the first replaces one word of 2 to 5 documents, the second one word of 6 to 9 others (so
    their idfs differ), and both replace two words of 0 to 2 more; no document holds terms of two
    queries, and every document keeps its 8 words. So two documents with equal scores have the
    same length and the same counts of the query terms, and are ordered by index. Two queries
    ask for k between n / 2 and n, two for k between n / 64 and n / 32: a selection that looks
    for the next best k times costs O(N · k) on both shapes. Returns every ranking."""
    documents = _split(_words(n * TOP_LENGTH, max(64, n), rng), [TOP_LENGTH] * n)
    plan = [(rng.randint(2, 5), rng.randint(6, 9), rng.randint(0, 2)) for _ in range(4)]
    pool = iter(rng.sample(range(n), sum(map(sum, plan))))
    queries = []
    for q, (only_first, only_second, both) in enumerate(plan):
        first, second = f"q{2 * q}", f"q{2 * q + 1}"
        for terms, times in (((first,), only_first), ((second,), only_second), ((first, second), both)):
            for _ in range(times):
                document = documents[next(pool)]
                for term, position in zip(terms, rng.sample(range(TOP_LENGTH), len(terms))):
                    document[position] = term
        low, high = (n // 2, n) if q % 2 == 0 else (n // 64, n // 32)
        queries.append(([first, second], rng.randint(max(1, low), max(1, high))))
    index = solution.BM25(documents)
    return [index.top(terms, k) for terms, k in queries]
