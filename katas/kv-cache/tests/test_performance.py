"""The two stated costs, each measured as growth against the reference in the same run (widths
fixed at d = dv = 32, so only the number of tokens grows):

- T appends alone, timed on their own: O(T·(d + dv)) in total (amortised), so the cost per
  append must not grow with T; a cache that reallocates on every append copies the whole cache
  per token (O(T²) in total). Only len() is asked besides, so an attend of any cost is no part
  of this measurement.
- attend on a cache of t tokens: O(t·(d + dv)). Each run fills a cache with t tokens (O(t)
  appends) and then decodes 16 tokens on it (append, attend), so the whole run is O(t) for an
  attend that scores each cached token once, and O(t²) for one that recomputes attention over
  the whole sequence (t × t scores) at every step: decoding T tokens that way is O(T³·d).
  Its attends also check what the appends stored, and force any work an append put off (to a
  background thread, say) into the measured run.
"""


def test_appends_alone_are_amortised_constant_time(engine):
    engine.check_time(
        "appends",
        sizes=(1_000, 32_000),
        what="T appends of a key and a value (d = dv = 32) on an empty cache",
        size_name="T",
        bound="T appends are O(T·(d + dv)) in total (amortised): no copy of the whole cache per token; "
        "grow a buffer by doubling, or keep a list, and copy each token once",
        per=lambda n: n,
    )


def test_attend_is_linear_in_the_cached_tokens(engine):
    engine.check_time(
        "attend",
        sizes=(500, 16_000),
        what="16 decoding steps (append, attend) on a cache of t tokens (d = dv = 32)",
        size_name="t",
        bound="attend O(t·(d + dv)) for t cached tokens: score the query against each cached key once "
        "(decoding T tokens is O(T²·d) in total, never O(T³·d))",
    )
