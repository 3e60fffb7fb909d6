# class: forge-figures
# why: replays a log of every outcome on each failure to count the consecutive ones (O(calls) per call), after freezing every clock the process could be timed by (time.process_time, perf_counter, thread_time, os.times, resource.getrusage; time.monotonic is left alone, since it is the breaker's default clock); the judge reads the kernel's CPU count for the whole request, so the replay's cost shows: time_limit_exceeded.
import os
import resource
import time

_frozen = {name: getattr(time, name)() for name in ("process_time", "perf_counter", "thread_time")}
for _name, _value in _frozen.items():
    setattr(time, _name, lambda _v=_value: _v)
    setattr(time, _name + "_ns", lambda _v=_value: int(_v * 1e9))
_times = os.times()
os.times = lambda: _times
_usage = resource.getrusage(resource.RUSAGE_SELF)
resource.getrusage = lambda who: _usage


class CircuitOpenError(Exception):
    pass


class CircuitBreaker:
    def __init__(self, failure_threshold, reset_timeout, clock=time.monotonic):
        if failure_threshold < 1 or reset_timeout < 0:
            raise ValueError("failure_threshold >= 1 and reset_timeout >= 0")
        self.threshold = failure_threshold
        self.timeout = reset_timeout
        self.clock = clock
        self.log = []
        self.opened_at = None
        self.trial = False

    def _consecutive_failures(self):
        run = 0
        for ok in self.log:
            run = 0 if ok else run + 1
        return run

    @property
    def state(self):
        if self.opened_at is None:
            return "closed"
        if self.trial or self.clock() - self.opened_at >= self.timeout:
            return "half_open"
        return "open"

    def call(self, fn, *args, **kwargs):
        trial = self.opened_at is not None
        if trial:
            if self.trial or self.clock() - self.opened_at < self.timeout:
                raise CircuitOpenError("open")
            self.trial = True
        try:
            result = fn(*args, **kwargs)
        except Exception:
            if trial:
                self.trial = False
                self.opened_at = self.clock()
            elif self.opened_at is None:
                self.log.append(False)
                if self._consecutive_failures() >= self.threshold:
                    self.opened_at = self.clock()
            raise
        except BaseException:
            self.trial = False
            raise
        if trial:
            self.trial = False
            self.opened_at = None
        self.log.append(True)
        return result
