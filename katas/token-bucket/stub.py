"""Rate limiting with a token bucket. Run `kata show token-bucket` for the full statement."""

import time


class TokenBucket:
    """Starts full; tokens refill continuously at `rate` per second up to `capacity`."""

    def __init__(self, rate: float, capacity: float, clock=time.monotonic) -> None:
        """ValueError if rate <= 0 or capacity <= 0. Reads the clock once."""
        raise NotImplementedError

    def try_consume(self, n: float = 1.0) -> bool:
        """Take n tokens if there are at least n (True), else take nothing (False). ValueError if n <= 0."""
        raise NotImplementedError

    def available(self) -> float:
        """The tokens in the bucket now, a float."""
        raise NotImplementedError
