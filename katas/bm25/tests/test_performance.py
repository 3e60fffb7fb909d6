"""Each stated bound on its own input shape: building against total tokens, scores() against
corpus size and against the postings of the query, top() against N."""


def test_building_is_linear_in_the_total_tokens(engine):
    engine.check_time(
        "build",
        sizes=(2_048, 65_536),
        what="BM25(corpus), then 8 queries, with a vocabulary of n / 4 words",
        size_name="words",
        bound="O(total tokens) to build: count each document's terms once and add them to the postings "
        "(a term's document frequency is the length of its postings, never a scan of the corpus per term)",
    )


def test_scores_does_not_grow_with_the_words_it_does_not_touch(engine):
    engine.check_time(
        "scores",
        sizes=(2_048, 65_536),
        what="scores(query) of 3 or 4 rare terms, on a corpus of n words in √n / 2 documents",
        size_name="words",
        bound="O(N + postings of the query terms) per query: an inverted index, not a scan of every document's words",
        per=lambda n: max(8, n // 64),
    )


def test_scores_grows_with_the_postings_not_the_query_times_n(engine):
    engine.check_time(
        "long_query",
        sizes=(64, 4_096),
        what="scores(query) of n terms, each in 1 or 2 of 4,096 documents",
        size_name="query terms",
        bound="O(N + postings of the query terms) per query: walk each query term's postings, never every "
        "document for every query term",
        per=lambda n: 4 * n,
    )


def test_top_is_at_most_n_log_n(engine):
    engine.check_time(
        "top",
        sizes=(1_000, 32_000),
        what="top(query, k) with N / 2 <= k <= N, and with N / 64 <= k <= N / 32",
        size_name="documents",
        bound="O(N log N) at most: sort the N scores once (or keep a heap of k), never look for the next best k times",
        per=lambda n: 4 * n,
    )
