"""O(1) per call, independent of the number of calls and of failure_threshold: the cost of call()
and state against the number of calls made on one breaker (with the default clock and with a
clock passed in), and against failure_threshold (runs of failures just short of it); every answer
compared with the reference's."""


def test_each_call_is_constant_time(engine):
    # A breaker that keeps a log of every outcome and replays it costs O(calls) per call: at
    # 32,000 calls it walks thousands of entries each time.
    engine.check_time(
        "calls",
        sizes=(1_000, 32_000),
        what="call() and state on one breaker, through healthy spells and outages",
        size_name="calls",
        bound="O(1) per call: keep a count of consecutive failures and the time the circuit opened, never a history",
        per=lambda n: 4 * n,  # two breakers, n calls and n state reads each
    )


def test_the_cost_does_not_grow_with_the_threshold(engine):
    # failure_threshold = n and runs of n - 1 failures: a breaker that keeps the failures'
    # timestamps (a window of the last failure_threshold, copied or scanned per call) costs
    # O(failure_threshold) per call.
    engine.check_time(
        "threshold",
        sizes=(500, 32_000),
        what="call() and state with failure_threshold = n, in runs of failures just short of it",
        size_name="failure_threshold",
        bound="O(1) per call, independent of failure_threshold: a count, not a list of failures",
        per=lambda n: 5 * n,  # about 5n calls (and a state read after every eighth)
    )
