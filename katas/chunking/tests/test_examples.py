"""Fixed cases: the statement's examples, the tail, the end, empty input, the argument checks,
identity of the items (on the judge's Token objects) and many chunks."""


WORDS = ["the", "cat", "sat", "on", "the", "mat", "and", "then", "it", "slept"]


def test_statement_examples(chunks):
    chunks.check(list(range(10)), 4, 2)
    chunks.check(list(range(10)), 4, 1)
    chunks.check(list(range(11)), 4, 1)
    chunks.check(WORDS, 3, 0)


def test_the_short_tail_is_a_chunk(chunks):
    chunks.check(list(range(7)), 3, 0)       # [6] alone
    chunks.check(list(range(9)), 5, 2)       # [6, 7, 8]
    chunks.check(WORDS, 4, 1)                # ["then", "it", "slept"]
    chunks.check(list(range(12)), 10, 3)


def test_a_list_shorter_than_size_is_one_chunk(chunks):
    chunks.check([7], 1, 0)
    chunks.check([7], 5, 4)
    chunks.check(["a", "b"], 3, 0)
    chunks.check(list(range(5)), 6, 2)
    chunks.check(list(range(5)), 5, 1)       # exactly size: one chunk, nothing after it


def test_no_chunk_inside_the_previous_one(chunks):
    chunks.check(list(range(10)), 4, 2)      # [6 … 9] ends at the last item: no [8, 9] after it
    chunks.check(list(range(10)), 4, 3)
    chunks.check(list(range(8)), 4, 0)       # [4 … 7] is the last one, no empty chunk after it
    chunks.check(list(range(6)), 5, 4)


def test_overlap_of_size_minus_one_steps_by_one(chunks):
    chunks.check(list(range(6)), 3, 2)
    chunks.check(WORDS, 2, 1)


def test_size_one(chunks):
    chunks.check(WORDS[:4], 1, 0)


def test_empty_input_gives_no_chunks(chunks):
    chunks.check([], 3, 1)
    chunks.check([], 1, 0)


def test_items_of_any_kind_are_kept_as_they_are(chunks):
    chunks.check([None, 0, "", [1, 2], (3,), 2.5, True, {"k": 1}], 3, 1)
    chunks.check([[], [], []], 2, 0)


def test_size_below_one_is_a_value_error(chunks):
    chunks.refused([1, 2, 3], 0, 0, "size must be at least 1")
    chunks.refused([1, 2, 3], -2, 0, "size must be at least 1")


def test_negative_overlap_is_a_value_error(chunks):
    chunks.refused(list(range(10)), 3, -1, "overlap must not be negative")
    chunks.refused(list(range(10)), 1, -5, "overlap must not be negative")


def test_overlap_of_size_or_more_is_a_value_error(chunks):
    chunks.refused(list(range(10)), 3, 3, "overlap must be less than size, or chunks would not advance")
    chunks.refused(list(range(10)), 3, 4, "overlap must be less than size")
    chunks.refused(list(range(10)), 1, 1, "overlap must be less than size")


def test_the_arguments_are_checked_for_empty_input_too(chunks):
    chunks.refused([], 0, 0, "size < 1 is a ValueError whatever the input, an empty list too")
    chunks.refused([], 2, 2, "overlap >= size is a ValueError whatever the input, an empty list too")
    chunks.refused([], 2, -1, "overlap < 0 is a ValueError whatever the input, an empty list too")


def test_chunks_hold_the_very_same_tokens(chunks):
    chunks.tokens(10, 4, 2)
    chunks.tokens(11, 4, 1)
    chunks.tokens(9, 3, 0)


def test_chunks_hold_the_very_same_objects_of_any_kind(chunks):
    chunks.tokens(12, 4, 1, mixed=True)     # lists, dicts and bytearrays are mutable: a copy is not the item
    chunks.tokens(7, 3, 0, mixed=True)


def test_a_single_chunk_is_a_new_list(chunks):
    chunks.tokens(3, 5, 1)
    chunks.tokens(4, 4, 0)
    chunks.tokens(1, 1, 0)
    chunks.tokens(0, 2, 1)


def test_many_chunks(chunks):
    chunks.tokens(20_000, 8, 2)      # 3,333 chunks
    chunks.tokens(5_000, 1, 0)       # 5,000 chunks of one token


def test_each_call_returns_new_lists_of_its_own_items(chunks):
    chunks.again(10, 4, 1)
    chunks.again(3, 5, 2)
    chunks.again(1_000, 16, 4)
