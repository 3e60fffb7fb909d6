"""O(V log V): the growth of the time against the reference's, V from 1,000 to 64,000 logits."""


def test_time_grows_like_sorting_the_vocabulary(engine):
    # Four calls per run on the same logits (about a tenth -inf): top_p only, top_k = V // 2 only,
    # both, and neither. A selection sort, or picking the top_k by k scans, grows like V².
    engine.check_time(
        "sample",
        sizes=(1_000, 64_000),
        what="sample_token(logits, …) with top_p, with top_k = V // 2, with both and with neither",
        size_name="V",
        bound="O(V log V): one sort of the tokens by probability (sorted, or numpy.argsort), then one pass; "
              "never a selection sort or a scan per kept token",
    )
