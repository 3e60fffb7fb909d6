"""Fixed cases on the judge's clock (a Callback: the time the test sets, its reads counted): the
statement's example, the refill, the cap, fractions, ties, a clock going backwards, the reads
in the constructor, floats, the argument checks, and the default clock."""


def test_statement_example(buckets):
    b = buckets.new(2.0, 4.0, start=0.0)
    b.at(0.0).try_consume(3.0)      # True: 4 → 1
    b.at(0.5).available()           # 2.0: one more token per half second
    b.at(0.5).try_consume(3.0)      # False: takes nothing
    b.at(0.5).available()           # still 2.0
    b.at(1.5).try_consume(3.0)      # True: 2 + 2 = 4 (full), 4 → 1
    b.at(100.0).available()         # 4.0: never more than capacity


def test_starts_full(buckets):
    b = buckets.new(1.0, 5.0, start=3.0)
    b.at(3.0).available()
    b.at(3.0).try_consume(5.0)
    b.at(3.0).available()
    b.at(3.0).try_consume(0.25)


def test_refills_continuously_with_fractions(buckets):
    b = buckets.new(0.5, 8.0)
    b.at(0.0).try_consume(8.0)
    b.at(1.0).available()           # 0.5, not 0
    b.at(1.0).try_consume(1.0)      # False
    b.at(1.5).available()           # 0.75
    b.at(2.0).try_consume(1.0)      # True: exactly 1.0
    b.at(2.0).available()
    b.at(2.125).available()         # 0.0625


def test_exactly_n_tokens_is_enough(buckets):
    b = buckets.new(4.0, 2.0)
    b.at(0.0).try_consume(2.0)
    b.at(0.375).try_consume(1.5)    # 1.5 tokens after 0.375 s at 4 per second
    b.at(0.375).available()


def test_capacity_caps_the_refill(buckets):
    b = buckets.new(8.0, 3.0)
    b.at(0.0).try_consume(1.0)
    b.at(10.0).available()          # 3.0, not 2 + 80
    b.at(10.0).try_consume(3.0)
    b.at(10.0).try_consume(0.25)    # nothing left: a burst is at most capacity
    b.at(1000.0).try_consume(3.25)  # more than capacity is never granted
    b.at(1000.0).available()


def test_more_than_capacity_is_never_granted(buckets):
    b = buckets.new(1.0, 2.0)
    b.at(0.0).try_consume(2.5)
    b.at(5000.0).try_consume(2.5)
    b.at(5000.0).available()


def test_a_failed_try_takes_nothing(buckets):
    b = buckets.new(1.0, 4.0)
    b.at(0.0).try_consume(3.0)
    b.at(0.0).try_consume(1.5)
    b.at(0.0).available()           # still 1.0
    b.at(0.5).try_consume(1.5)      # True: 1.5


def test_the_default_amount_is_one_token(buckets):
    b = buckets.new(1.0, 2.0)
    b.at(0.0).try_consume()
    b.at(0.0).available()
    b.at(0.0).try_consume()
    b.at(0.0).try_consume()         # False: empty
    b.at(0.75).try_consume()        # False: 0.75
    b.at(1.0).try_consume()         # True


def test_a_clock_going_backwards_neither_adds_nor_removes(buckets):
    b = buckets.new(1.0, 10.0)
    b.at(0.0).try_consume(10.0)
    b.at(5.0).available()           # 5.0
    b.at(3.0).available()           # still 5.0: nothing removed
    b.at(3.0).try_consume(1.0)      # 4.0 left
    b.at(4.0).available()           # 4.0: 4 s is not beyond 5 s, the largest reading
    b.at(5.0).available()           # 4.0
    b.at(6.0).available()           # 5.0: one second beyond 5 s
    b.at(1.0).try_consume(5.0)      # True
    b.at(6.0).available()           # 0.0
    b.at(6.5).available()           # 0.5


def test_a_clock_going_back_right_after_the_constructor(buckets):
    b = buckets.new(2.0, 4.0, start=10.0)
    b.at(6.0).try_consume(4.0)      # True: full from the start
    b.at(8.0).available()           # 0.0: still before 10 s, the constructor's reading
    b.at(10.0).available()          # 0.0
    b.at(10.5).available()          # 1.0


def test_large_clock_readings(buckets):
    start = 2.0**30 + 0.125
    b = buckets.new(0.25, 6.0, start=start)
    b.at(start).try_consume(6.0)
    b.at(start + 8).available()     # 2.0
    b.at(start + 4).try_consume(2.0)
    b.at(start + 12).available()


def test_the_constructor_reads_the_clock_exactly_once(buckets):
    # buckets.new checks clock.calls == 1 right after the constructor
    buckets.new(1.0, 1.0, start=7.0)
    buckets.new(64.0, 0.25, start=0.0)


def test_available_is_a_float(buckets):
    b = buckets.new(2, 10, start=0.0)    # ints where floats are usual: available() is still a float
    b.at(0.0).available()
    b.at(0.0).try_consume(3)
    b.at(0.0).available()
    b.at(100.0).available()
    b = buckets.new(1.0, 3.0)
    b.at(0.0).try_consume(1.0)
    b.at(0.5).available()


def test_rate_and_capacity_must_be_positive(buckets):
    buckets.refused("rate must be positive", 0.0, 4.0, clock=lambda_clock())
    buckets.refused("rate must be positive", -1.0, 4.0, clock=lambda_clock())
    buckets.refused("capacity must be positive", 1.0, 0.0, clock=lambda_clock())
    buckets.refused("capacity must be positive", 1.0, -2.0, clock=lambda_clock())
    buckets.refused("rate and capacity must be positive", 0, 0, clock=lambda_clock())


def test_n_must_be_positive(buckets):
    b = buckets.new(1.0, 4.0)
    b.at(0.0).refused(0.0, why="n must be positive: try_consume(0) is a ValueError")
    b.at(0.0).refused(-2.0, why="n must be positive: a negative n would add tokens")
    b.at(0.0).available()           # nothing changed: 4.0


def test_the_default_clock_is_time_monotonic(buckets):
    buckets.with_default_clock(2.0, 4.0, 50.0, [
        [50.0, "try_consume", 4.0], [50.5, "available"], [51.0, "try_consume", 2.0], [51.0, "available"],
        [60.0, "available"], [55.0, "try_consume", 4.0], [58.0, "available"], [60.5, "available"],
        [60.5, "try_consume", None],
    ])


def lambda_clock():
    from judge.testing import Callback

    return Callback(lambda: 0.0, name="clock")
