"""O(1) per call: the cost of try_consume() and available() against the number of calls made
on one bucket (with the default clock and with a clock passed in), and against how long the
bucket sat idle between calls; every answer compared with the reference's."""


def test_each_call_is_constant_time(engine):
    # A bucket that keeps its history (every grant, replayed on each call) costs O(calls) per
    # call: at 32,000 steps it replays thousands of grants each time.
    engine.check_time(
        "calls",
        sizes=(1_000, 32_000),
        what="try_consume() and available() on one bucket",
        size_name="steps",
        bound="O(1) per call: keep the tokens and the largest clock reading, never a history",
        per=lambda n: 4 * n,  # two buckets, n steps each, two calls a step
    )


def test_a_long_idle_spell_costs_no_more(engine):
    # 256 steps each after a pause of up to 2n seconds: a refill that steps through the elapsed
    # time (a loop per second, or per token) costs O(n) per call.
    engine.check_time(
        "idle",
        sizes=(1_000, 64_000),
        what="try_consume() and available() after idle spells of up to 2n seconds",
        size_name="n",
        bound="O(1) per call, however long since the last one: refill with one multiplication, "
              "(now - last) · rate, never a loop over the elapsed time",
    )
