"""O(V): the growth of the time against the reference's, V from 1,000 to 64,000 logits."""


def test_time_grows_linearly_with_the_vocabulary(engine):
    # Two calls per run on the same logits (about a tenth -inf): a temperature between 0.5 and 2,
    # then 0 (greedy). Summing the exponentials again for every element, or looking the maximum
    # up again for every element, makes the time grow like V².
    engine.check_time(
        "softmax",
        sizes=(1_000, 64_000),
        what="softmax(logits, T) at 0.5 <= T <= 2 and at T = 0",
        size_name="V",
        bound="O(V): one pass for the maximum, one for the exponentials and their sum, one to divide; "
              "never a sum or a max per element",
    )
