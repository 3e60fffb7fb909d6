"""Fixed cases on the judge's clock (a Callback: the time the test sets, its reads counted) and the
judge's fn (a Callback: its calls counted, its exceptions traced by identity): the statement's
example, the count and its reset, the timeout's boundary, when the timer starts and restarts,
one trial at a time (a trial that calls back into the breaker, a concurrent caller), a
BaseException, the argument checks and the default clock. Times are eighths of a second."""


def test_statement_example(breakers):
    b = breakers.new(3, 30.0)
    b.at(0.0).fail("hi")            # ProviderError re-raised: 1 failure
    b.at(1.0).fail("hi")            # 2 failures
    b.at(2.0).ok("hi")              # the reply: the count is reset
    b.at(3.0).fail("hi")
    b.at(4.0).fail("hi")
    b.at(5.0).state()               # "closed": 2 consecutive failures
    b.at(6.0).fail("hi")            # the third in a row: re-raised, and the circuit opens at 6.0
    b.state()                       # "open"
    b.at(10.0).ok("hi")             # CircuitOpenError; fn is not called
    b.at(35.875).state()            # "open"
    b.at(36.0).state()              # "half_open": 36 - 6 >= 30
    b.fail("hi")                    # the trial fails: open again, the timer restarts at 36.0
    b.at(65.875).state()            # "open"
    b.at(66.0).ok("hi")             # the trial succeeds: closed
    b.state()


def test_calls_go_through_while_closed(breakers):
    b = breakers.new(2, 1.0)
    b.at(0.0).ok()
    b.ok("What is a circuit breaker?", max_tokens=64, temperature=0.5)
    b.ok(1, 2.5, None, [3, "x"])
    b.ok(stream=False)
    b.state()


def test_a_success_resets_the_count(breakers):
    b = breakers.new(3, 8.0)
    b.at(0.0).fail()
    b.fail()
    b.ok()
    b.fail()
    b.fail()                        # two in a row, not four
    b.state()                       # "closed"
    b.ok()
    b.fail()
    b.fail()
    b.ok()
    b.fail()
    b.state()
    b.fail()
    b.fail()                        # three in a row: open
    b.state()
    b.ok()                          # refused


def test_threshold_consecutive_failures_open(breakers):
    b = breakers.new(1, 2.0)
    b.at(0.0).state()
    b.fail()                        # one failure is enough
    b.state()
    b.ok()                          # CircuitOpenError
    b = breakers.new(4, 2.0)
    for _ in range(3):
        b.at(0.0).fail()
    b.state()                       # still closed after 3
    b.ok()
    for _ in range(3):
        b.fail()
    b.state()
    b.fail()                        # the fourth in a row
    b.state()
    b.fail()                        # refused: fn is not called
    b.at(1.875).ok()


def test_every_exception_is_reraised_as_the_very_object(breakers):
    b = breakers.new(8, 4.0)
    b.at(0.0)
    for error in breakers.ERRORS:
        b.fail("q", error=error)
    b.fail(error="KeyError")        # the eighth in a row opens, and is re-raised all the same
    b.state()
    b.at(4.0).fail(error="TimeoutError")   # a failed trial's exception is re-raised too
    b.at(8.0).ok()


def test_the_failure_that_opens_is_reraised_not_replaced(breakers):
    b = breakers.new(2, 1.0)
    b.at(0.0).fail(error="RateLimited")
    b.fail(error="RateLimited")     # opens the circuit, and raises RateLimited (not CircuitOpenError)
    b.fail(error="RateLimited")     # now CircuitOpenError
    b.state()


def test_half_open_exactly_at_the_boundary(breakers):
    b = breakers.new(2, 0.5)
    b.at(10.0).fail()
    b.at(10.125).fail()             # opens at 10.125
    b.at(10.5).state()              # "open"
    b.at(10.5).ok()                 # refused
    b.at(10.625).state()            # "half_open": exactly 0.5 later
    b.ok()                          # the trial goes through: closed
    b.state()
    b = breakers.new(1, 30.0)
    b.at(6.0).fail()
    b.at(35.875).ok()               # refused, 1/8 s before
    b.at(36.0).ok()                 # exactly 30 s after: the trial


def test_a_zero_reset_timeout_is_half_open_at_once(breakers):
    b = breakers.new(1, 0.0)
    b.at(3.0).fail()                # opens at 3.0 ...
    b.state()                       # ... and 3.0 - 3.0 >= 0: "half_open"
    b.fail()                        # a failed trial
    b.state()                       # half-open again at once
    b.ok()
    b.state()                       # "closed"
    b = breakers.new(1, 0)          # an int 0 is allowed too
    b.at(1.0).fail()
    b.ok()


def test_the_state_changes_with_time_alone(breakers):
    b = breakers.new(1, 4.0)
    b.at(100.0).fail()
    b.state()                       # "open"
    b.at(102.0).state()
    b.at(103.875).state()
    b.at(104.0).state()             # "half_open", with no call in between
    b.at(1000.0).state()            # still half-open: nothing was tried
    b.ok()
    b.state()


def test_the_timer_starts_when_the_failure_is_seen(breakers):
    # fn takes 3 s to fail (a request that times out): the failure is seen at t = 3, not 0
    b = breakers.new(1, 4.0)
    b.at(0.0).fail(error="TimeoutError", takes=3.0)
    b.state()                       # t = 3.0: "open"
    b.at(4.0).ok()                  # refused: only 1 s since the failure was seen
    b.at(6.875).state()             # "open"
    b.at(7.0).state()               # "half_open"
    b.fail(error="TimeoutError", takes=2.5)   # the trial fails at t = 9.5: the timer restarts there
    b.at(13.375).state()            # "open"
    b.at(13.5).ok()                 # the trial: closed


def test_the_timer_starts_at_the_failure_that_opens(breakers):
    b = breakers.new(3, 4.0)
    b.at(0.0).fail()
    b.at(1.0).fail()
    b.at(2.0).fail()                # opens at 2.0, not at 0.0 when the run began
    b.at(4.0).state()               # "open"
    b.at(5.875).ok()                # refused
    b.at(6.0).state()               # "half_open"
    b.ok()


def test_a_failed_trial_restarts_the_timer(breakers):
    b = breakers.new(1, 4.0)
    b.at(0.0).fail()                # open at 0
    b.at(4.0).fail()                # the trial fails: open again at 4.0
    b.at(4.0).state()
    b.at(6.0).ok()                  # refused: 2 s after the trial, not 6 s after the first opening
    b.at(7.875).state()             # "open"
    b.at(8.0).state()               # "half_open"
    b.fail(takes=1.0)               # fails at 9.0
    b.at(12.875).ok()               # refused
    b.at(13.0).ok()                 # the trial succeeds
    b.state()                       # "closed"


def test_a_successful_trial_closes_with_the_count_reset(breakers):
    b = breakers.new(3, 2.0)
    for t in (0.0, 0.125, 0.25):
        b.at(t).fail()              # opens at 0.25
    b.at(2.25).ok()                 # the trial: closed, count 0
    b.fail()
    b.fail()
    b.state()                       # "closed": two failures after the trial, not threshold + 2
    b.fail()
    b.state()                       # "open"


def test_one_trial_at_a_time_when_the_trial_calls_back(breakers):
    # fn, during the trial, calls breaker.call(second_request): it must raise CircuitOpenError
    # without calling second_request, and breaker.state reads "half_open" meanwhile
    b = breakers.new(2, 1.0)
    b.at(0.0).fail()
    b.fail()
    b.at(1.0).reentrant("ok")       # the trial succeeds: closed
    b.state()
    b.fail()
    b.fail()
    b.at(2.5).reentrant("fail")     # the trial fails: open again
    b.state()
    b.at(3.5).ok()


def test_one_trial_at_a_time_with_a_concurrent_caller(breakers):
    # during the trial, another thread calls breaker.call(other): CircuitOpenError at once
    b = breakers.new(1, 1.0)
    b.at(0.0).fail()
    b.at(1.0).concurrent("fail")
    b.at(2.0).concurrent("ok")
    b.state()


def test_a_base_exception_changes_nothing_while_closed(breakers):
    # fn raises Interrupted, a BaseException (like KeyboardInterrupt): not a failure, not a success
    b = breakers.new(2, 1.0)
    b.at(0.0).fail()
    b.interrupted("prompt")         # passes through; the count stays 1
    b.state()                       # "closed": not counted
    b.interrupted()
    b.fail()                        # the second failure in a row: the interrupts reset nothing
    b.state()                       # "open"
    b = breakers.new(1, 1.0)
    b.at(0.0).interrupted()
    b.interrupted()
    b.state()                       # "closed"
    b.ok()


def test_a_base_exception_ends_the_trial_and_stays_half_open(breakers):
    b = breakers.new(1, 2.0)
    b.at(0.0).fail()
    b.at(2.0).interrupted()         # the trial is interrupted
    b.state()                       # still "half_open"
    b.at(2.125).interrupted(takes=5.0)   # another trial, interrupted too
    b.state()
    b.fail()                        # a third trial: fails, open again at 7.125
    b.at(9.0).state()
    b.at(9.125).interrupted()       # half-open: a trial, interrupted
    b.ok()                          # the next trial succeeds
    b.state()                       # "closed"


def test_large_clock_readings(breakers):
    start = 2.0**30 + 0.125
    b = breakers.new(2, 16.0, start=start)
    b.at(start).fail()
    b.at(start + 1).fail()
    b.at(start + 16.875).ok()       # refused: 15.875 s since it opened
    b.at(start + 17).state()        # "half_open"
    b.ok()


def test_arguments_are_checked(breakers):
    from judge.testing import Callback

    def clock():
        return Callback(lambda: 0.0, name="clock")

    breakers.refused("failure_threshold must be at least 1", 0, 1.0, clock=clock())
    breakers.refused("failure_threshold must be at least 1", -1, 1.0, clock=clock())
    breakers.refused("reset_timeout must not be negative", 1, -0.5, clock=clock())
    breakers.refused("reset_timeout must not be negative", 3, -2.0**-10, clock=clock())
    breakers.refused("reset_timeout must not be negative", 5, -60, clock=clock())
    breakers.refused("failure_threshold must be at least 1 and reset_timeout must not be negative", 0, -1.0, clock=clock())
    breakers.new(1, 0.0).state()    # the smallest allowed
    breakers.new(1, 0).state()
    breakers.new(100, 3600.0).state()


def test_circuit_open_error_is_an_exception(support):
    from judge.testing import expect

    expect(support.circuit_open_error_is_an_exception(), True,
           note="CircuitOpenError is a class derived from Exception (class CircuitOpenError(Exception))")


def test_the_default_clock_is_time_monotonic(breakers):
    breakers.with_default_clock(2, 10.0, [
        [50.0, "fail"], [50.5, "fail"], [51.0, "state"], [55.0, "ok"], [60.375, "state"], [60.5, "state"],
        [60.5, "fail"], [70.375, "ok"], [70.5, "ok"], [70.5, "state"],
    ])
