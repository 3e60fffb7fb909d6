# class: move-work
# why: the wrapper only queues (name, elapsed, exception) and a background thread does the logging later, to take the logging cost out of the call; the contract says the messages are logged after every call, and they are not there when the call returns: a wrong answer.
import functools
import logging
import queue
import threading
import time

logger = logging.getLogger("timer")
_pending = queue.SimpleQueue()


def _logger_thread():
    while True:
        name, elapsed, exc = _pending.get()
        if exc is not None:
            logger.error("%s failed: %s", name, exc)
        logger.info("%s: %.4fs", name, elapsed)


threading.Thread(target=_logger_thread, daemon=True).start()


def timer(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        failure = None
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            failure = exc
            raise
        finally:
            _pending.put((func.__name__, time.perf_counter() - start, failure))

    return wrapper
