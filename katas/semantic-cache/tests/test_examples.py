"""Fixed cases, each one clause of the contract. Every similarity here is either exactly equal to
another (ties, made of vectors that are exact in binary: 0s and 1s, or multiples by powers of
two) or far from it and from the threshold, so every answer is exact."""

from judge.testing import RemoteError, WrongAnswer, expect, expect_raises


def must_accept(call, *args, why):
    """The call must succeed: a ValueError here means an earlier failed call changed the cache."""
    try:
        return call(*args)
    except RemoteError as err:
        if err.is_a("ValueError"):
            raise WrongAnswer(f"{err.call} raised ValueError, but {why}") from None
        raise


def test_statement_example(solution):
    cache = solution.SemanticCache(2, 0.9)
    expect(cache.put([1.0, 0.0], "A"), None)
    cache.put([0.0, 1.0], "B")
    expect(cache.get([0.96, 0.28]), "A", note="cosine 0.96 with [1.0, 0.0], 0.28 with [0.0, 1.0]")
    expect(cache.get([0.6, 0.8]), None, note="the best cosine is 0.8 (with [0.0, 1.0]), below the threshold 0.9")
    cache.put([1.0, 1.0], "C")
    expect(cache.get([0.0, 3.0]), None,
           note="B was the least recently used (A was hit since), so putting C evicted it; C's cosine similarity is "
           "0.707 < 0.9 (its dot product with the query, 3.0, is not a similarity)")
    expect(cache.get([2.0, 0.0]), "A", note="A is still cached: the hit made it the most recently used")


def test_cosine_similarity_not_the_dot_product(solution):
    cache = solution.SemanticCache(4, 0.95)
    cache.put([10.0, 0.0], "long, another direction")
    cache.put([0.6, 0.8], "short, same direction")
    expect(cache.get([3.0, 4.0]), "short, same direction",
           note="cosine 1.0 with [0.6, 0.8] and 0.6 with [10.0, 0.0]: the length of a vector does not count")
    expect(cache.get([0.03, 0.04]), "short, same direction",
           note="a short query in the same direction has cosine 1.0, whatever its dot product")
    expect(cache.get([0.5, 0.0]), "long, another direction", note="cosine 1.0 with [10.0, 0.0]")
    expect(cache.get([0.0, 7.0]), None, note="the best cosine is 0.8 (with [0.6, 0.8]), below 0.95")


def test_threshold_is_inclusive_and_defaults_to_095(solution):
    cache = solution.SemanticCache(3)
    cache.put([1.0, 0.0, 0.0], "x")
    expect(cache.get([4.0, 0.0, 0.0]), "x", note="cosine 1.0 >= the default threshold 0.95")
    expect(cache.get([1.0, 1.0, 0.0]), None, note="cosine 0.707 < the default threshold 0.95")
    cache = solution.SemanticCache(3, 0.0)
    cache.put([1.0, 0.0], "x")
    expect(cache.get([0.0, 1.0]), "x", note="cosine 0.0 >= the threshold 0.0: a hit")
    expect(cache.get([-1.0, 0.5]), None, note="a negative cosine is below the threshold 0.0")
    cache = solution.SemanticCache(3, -1.0)
    cache.put([1.0, 0.0], "x")
    expect(cache.get([-1.0, 0.0]), "x", note="cosine -1.0 >= the threshold -1.0")


def test_a_hit_makes_its_entry_most_recently_used(solution):
    cache = solution.SemanticCache(2, 0.9)
    cache.put([1.0, 0.0, 0.0], "a")
    cache.put([0.0, 1.0, 0.0], "b")
    expect(cache.get([2.0, 0.0, 0.0]), "a")
    cache.put([0.0, 0.0, 1.0], "c")
    expect(cache.get([0.0, 1.0, 0.0]), None, note="'b' was the least recently used ('a' was hit after it), so it was evicted")
    expect(cache.get([1.0, 0.0, 0.0]), "a", note="the hit on 'a' kept it")
    expect(cache.get([0.0, 0.0, 1.0]), "c")


def test_a_miss_changes_nothing(solution):
    cache = solution.SemanticCache(2, 0.9)
    cache.put([1.0, 0.0], "a")
    cache.put([0.0, 1.0], "b")
    expect(cache.get([1.0, 1.0]), None, note="cosine 0.707 with both, below 0.9")
    cache.put([-1.0, 0.0], "c")
    expect(cache.get([1.0, 0.0]), None, note="'a' was the least recently used: a miss refreshes nothing")
    expect(cache.get([0.0, 1.0]), "b")


def test_ties_go_to_the_most_recently_used(solution):
    cache = solution.SemanticCache(4, 0.5)
    cache.put([1.0, 0.0], "x-axis")
    cache.put([0.0, 1.0], "y-axis")
    expect(cache.get([1.0, 1.0]), "y-axis",
           note="both have cosine 0.7071 with [1.0, 1.0]: the most recently used (here the last put) wins")
    expect(cache.get([1.0, 0.0]), "x-axis")
    expect(cache.get([1.0, 1.0]), "x-axis",
           note="both have cosine 0.7071 with [1.0, 1.0]; 'x-axis' was used last (the hit just before)")
    cache = solution.SemanticCache(4, 0.95)
    cache.put([1.0, 2.0], "first")
    cache.put([2.0, 4.0], "second")
    cache.put([0.5, 1.0], "third")
    expect(cache.get([1.0, 2.0]), "third", note="three vectors of the same direction: a tie, and 'third' was used last")
    cache.put([0.0, 1.0], "other")
    expect(cache.get([4.0, 8.0]), "third", note="still a tie of the same three; the hit made 'third' the most recent")


def test_every_put_adds_an_entry(solution):
    cache = solution.SemanticCache(3, 0.9)
    cache.put([0.0, 1.0], "w")
    cache.put([1.0, 0.0], "old answer")
    cache.put([1.0, 0.0], "new answer")
    expect(cache.get([1.0, 0.0]), "new answer", note="the same embedding twice makes two entries; the later is the more recent")
    cache.put([1.0, 1.0], "u")
    expect(cache.get([0.0, 1.0]), None,
           note="the cache held 3 entries ('w' and two for [1.0, 0.0]), so putting 'u' evicted 'w', the least recently used")
    cache = solution.SemanticCache(1, 0.9)
    cache.put([1.0, 0.0], "a")
    cache.put([1.0, 0.0], "b")
    expect(cache.get([1.0, 0.0]), "b", note="capacity 1: the second put evicted the first")


def test_capacity_one(solution):
    cache = solution.SemanticCache(1, 0.9)
    cache.put([1.0, 0.0], "a")
    cache.put([0.0, 1.0], "b")
    expect(cache.get([1.0, 0.0]), None, note="capacity 1: putting 'b' evicted 'a'")
    expect(cache.get([0.0, 1.0]), "b")


def test_responses_are_any_values(solution):
    cache = solution.SemanticCache(3, 0.9)
    cache.put([1.0, 0.0], {"text": "hi", "tokens": 2})
    cache.put([0.0, 1.0], [1, 2, 3])
    cache.put([1.0, 1.0], 0)
    expect(cache.get([1.0, 0.0]), {"text": "hi", "tokens": 2})
    expect(cache.get([0.0, 1.0]), [1, 2, 3])
    expect(cache.get([1.0, 1.0]), 0, note="a falsy response is still a hit")


def test_get_on_an_empty_cache_is_none(solution):
    cache = solution.SemanticCache(2, 0.9)
    expect(cache.get([1.0, 2.0, 3.0]), None, note="an empty cache holds nothing")
    cache.put([1.0, 0.0], "a")
    expect(cache.get([1.0, 0.0]), "a", note="a get fixes no dimension: the first put did, here 2")


def test_capacity_below_one_is_a_value_error(solution):
    expect_raises("ValueError", solution.SemanticCache, 0, note="capacity must be at least 1")
    expect_raises("ValueError", solution.SemanticCache, -2, 0.9, note="capacity must be at least 1")


def test_a_vector_of_another_length_is_a_value_error(solution):
    cache = solution.SemanticCache(3, 0.9)
    cache.put([1.0, 0.0, 0.0], "a")
    expect_raises("ValueError", cache.get, [1.0, 0.0], note="the first put fixed the dimension at 3")
    expect_raises("ValueError", cache.get, [1.0, 0.0, 0.0, 0.0], note="the first put fixed the dimension at 3")
    expect_raises("ValueError", cache.put, [1.0, 0.0], "b", note="the first put fixed the dimension at 3")
    expect_raises("ValueError", cache.put, [0.0, 1.0, 0.0, 5.0], "c", note="the first put fixed the dimension at 3")
    expect(cache.get([3.0, 0.0, 0.0]), "a")
    cache.put([0.0, 1.0, 0.0], "d")
    cache.put([0.0, 0.0, 1.0], "e")
    expect(cache.get([1.0, 0.0, 0.0]), "a", note="the failed puts added nothing: 'a', 'd' and 'e' fit in capacity 3")


def test_a_zero_vector_is_a_value_error(solution):
    cache = solution.SemanticCache(2, 0.9)
    cache.put([1.0, 0.0, 0.0], "a")
    expect_raises("ValueError", cache.get, [0.0, 0.0, 0.0], note="a zero vector has no direction")
    expect_raises("ValueError", cache.put, [0.0, 0.0, 0.0], "z", note="a zero vector has no direction")
    expect(cache.get([1.0, 0.0, 0.0]), "a")


def test_a_failed_call_changes_nothing(solution):
    cache = solution.SemanticCache(2, 0.9)
    expect_raises("ValueError", cache.put, [0.0, 0.0, 0.0], "z", note="a zero vector has no direction")
    must_accept(cache.put, [1.0, 0.0], "a",
                why="the earlier put([0.0, 0.0, 0.0], 'z') raised ValueError and so changed nothing: it fixed no "
                "dimension, and this first successful put fixes it at 2")
    expect(cache.get([1.0, 0.0]), "a")
    cache.put([0.0, 1.0], "b")
    expect_raises("ValueError", cache.put, [1.0, 1.0, 1.0], "c", note="the dimension is 2")
    expect_raises("ValueError", cache.put, [0.0, 0.0], "c", note="a zero vector has no direction")
    expect(cache.get([1.0, 0.0]), "a", note="a put that raised ValueError must not evict anything")
    expect(cache.get([0.0, 1.0]), "b", note="a put that raised ValueError must not evict anything")


def test_put_copies_the_embedding(solution, support):
    cache = solution.SemanticCache(2, 0.9)
    expect(support.put_then_change(cache, [1.0, 0.0], "a", [0.0, 1.0]), None)
    expect(cache.get([1.0, 0.0]), "a",
           note="put([1.0, 0.0], 'a'), then the caller changed its list to [0.0, 1.0]: put must keep a copy")
    expect(cache.get([0.0, 1.0]), None, note="the caller's later change must not reach the cache")


def test_inputs_are_not_changed(solution, support):
    cache = solution.SemanticCache(2, 0.9)
    expect(support.calls_leave_inputs(cache, [3.0, 4.0], "a", [6.0, 8.0]), [],
           note="put(embedding, response) and get(embedding) must not change the embedding")
