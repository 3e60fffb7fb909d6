"""Fixed cases, each one clause of the contract. Scores are compared with the model (conftest.py)
within rel 1e-9 / abs 1e-9; rankings are exact here (no two scores are close unless the
documents have the same length and the same counts of the query terms)."""

from judge.testing import call_unchanged, expect, expect_close, expect_raises

REL = ABS = 1e-9  # the opening rules' tolerance

STATEMENT = [
    ["the", "cat", "sat", "on", "the", "mat"],
    ["the", "dog", "chased", "the", "cat"],
    ["a", "dog", "and", "a", "cat", "and", "a", "dog"],
    ["the", "bird", "sang"],
]


def close(model, got, corpus, query, note=None, **params):
    expect_close(got, model.scores(corpus, query, **params), rel=REL, abs=ABS, note=note)


def test_statement_example(solution, model):
    index = solution.BM25(STATEMENT)
    close(model, index.scores(["cat", "dog"]), STATEMENT, ["cat", "dog"])
    expect(index.top(["cat", "dog"], 2), [2, 1], note="document 2 holds 'dog' twice and 'cat' once")
    expect(index.top(["cat", "dog"], 3), [2, 1, 0])


def test_scores_one_per_document(solution, model):
    index = solution.BM25(STATEMENT)
    for query in (["dog"], ["sat", "mat"], ["bird"], ["a", "the"]):
        close(model, index.scores(query), STATEMENT, query)


def test_a_term_in_most_documents_still_scores_above_zero(solution, model):
    # 'the' is in 3 of the 4 documents: idf = ln(1 + 1.5 / 3.5) ≈ 0.357; without the 1 + it would be ln(0.43) < 0
    index = solution.BM25(STATEMENT)
    close(model, index.scores(["the"]), STATEMENT, ["the"],
          note="idf(t) = ln(1 + (N - n_t + 0.5) / (n_t + 0.5)): the 1 + keeps it positive for a term in more than half the documents")
    expect(index.top(["the"], 3), [1, 0, 3])
    corpus = [["x", "y"], ["x"], ["x", "z"]]  # 'x' in every document
    close(model, solution.BM25(corpus).scores(["x"]), corpus, ["x"],
          note="a term in every document has idf = ln(1 + 0.5 / (N + 0.5)), small but positive")


def test_each_occurrence_in_the_query_counts(solution, model):
    index = solution.BM25(STATEMENT)
    close(model, index.scores(["cat", "cat"]), STATEMENT, ["cat", "cat"],
          note="every occurrence of a term in the query adds its part again: ['cat', 'cat'] scores twice ['cat']")
    close(model, index.scores(["dog", "cat", "dog"]), STATEMENT, ["dog", "cat", "dog"],
          note="every occurrence of a term in the query counts")
    expect(index.top(["cat", "cat", "the"], 2), [1, 0], note="'cat' counts twice in this query")


def test_ties_go_to_the_lower_index(solution, model):
    corpus = [["x", "y"], ["cat", "dog"], ["y", "x"], ["dog", "cat"], ["cat", "x"]]
    index = solution.BM25(corpus)
    expect(index.top(["cat"], 2), [1, 3],
           note="documents 1, 3 and 4 have the same length and one 'cat' each: a tie, and the lower index comes first")
    expect(index.top(["cat"], 5), [1, 3, 4, 0, 2],
           note="equal scores (1, 3 and 4; 0 and 2, which score 0.0) keep the lower index first")
    expect(index.top(["dog", "cat"], 3), [1, 3, 4])


def test_terms_absent_from_the_corpus_contribute_nothing(solution, model):
    index = solution.BM25(STATEMENT)
    close(model, index.scores(["unicorn"]), STATEMENT, ["unicorn"], note="a term no document holds contributes 0")
    close(model, index.scores(["unicorn", "cat"]), STATEMENT, ["cat"], note="a term no document holds contributes 0")
    close(model, index.scores([]), STATEMENT, [], note="an empty query scores 0.0 everywhere")


def test_a_corpus_of_empty_documents_scores_zero_everywhere(solution, model):
    index = solution.BM25([[], [], []])
    expect_close(index.scores(["cat"]), [0.0, 0.0, 0.0], rel=REL, abs=ABS,
                 note="no document holds a term (the average length is 0): every score is 0.0")
    expect(index.top(["cat"], 2), [0, 1], note="every score is 0.0, a tie: the lower indices first")
    corpus = [[], ["cat", "dog"], []]
    index = solution.BM25(corpus)
    close(model, index.scores(["cat"]), corpus, ["cat"], note="empty documents score 0.0")
    expect(index.top(["cat"], 3), [1, 0, 2])


def test_k_and_b(solution, model):
    for params in ({"k1": 1.2, "b": 0.0}, {"k1": 2.0, "b": 1.0}, {"k1": 0.5, "b": 0.3}):
        index = solution.BM25(STATEMENT, **params)
        for query in (["cat", "dog"], ["the"]):
            close(model, index.scores(query), STATEMENT, query, note=f"with {params}", **params)


def test_k_above_n_returns_every_document(solution, model):
    index = solution.BM25(STATEMENT)
    expect(index.top(["cat", "dog"], 4), [2, 1, 0, 3])
    expect(index.top(["cat", "dog"], 10), [2, 1, 0, 3], note="a k above N returns all N documents")


def test_k_below_one_is_a_value_error(solution, model):
    index = solution.BM25(STATEMENT)
    expect_raises("ValueError", index.top, ["cat"], 0, note="k must be at least 1")
    expect_raises("ValueError", index.top, ["cat"], -2, note="k must be at least 1")


def test_an_empty_corpus_is_a_value_error(solution, model):
    expect_raises("ValueError", solution.BM25, [], note="BM25 needs at least one document")


def test_inputs_are_not_changed(solution, support, model):
    corpus = [["b", "a", "b"], ["c"], [], ["a", "c", "a"]]
    index = call_unchanged(solution.BM25, corpus, 1.5, 0.75)
    expect(support.calls_leave_inputs(index, ["c", "a", "a"], 2), [],
           note="scores(query) and top(query, k) must not change the query")
    close(model, index.scores(["a", "c"]), corpus, ["a", "c"])
