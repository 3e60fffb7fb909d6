"""Stop calling a failing dependency (a circuit breaker). Run `kata show circuit-breaker` for the full statement."""

import time


class CircuitOpenError(Exception):
    """Raised by CircuitBreaker.call when the call is refused (the circuit is open, or a trial is in flight)."""


class CircuitBreaker:
    """Closed → (failure_threshold consecutive failures) → open → (reset_timeout) → half-open → closed or open."""

    def __init__(self, failure_threshold: int, reset_timeout: float, clock=time.monotonic) -> None:
        """ValueError if failure_threshold < 1 or reset_timeout < 0."""
        raise NotImplementedError

    @property
    def state(self) -> str:
        """"closed", "open" or "half_open" (half-open once clock() - opened_at >= reset_timeout)."""
        raise NotImplementedError

    def call(self, fn, *args, **kwargs):
        """fn(*args, **kwargs) if the circuit lets it through, else CircuitOpenError."""
        raise NotImplementedError
