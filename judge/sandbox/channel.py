"""The two pipes between the judge and a solution process: length-prefixed frames out and in,
each against a deadline. Bytes only; what a frame means, and what a failure earns, is the
sandbox's to say (process.py)."""

from __future__ import annotations

import os
import select
import time

from .child.kata_protocol import HEADER, MAX_MESSAGE


class Closed(Exception):
    """The child closed its end (it exited, or was killed)."""


class TimedOut(Exception):
    """The deadline passed before the frame was written or read whole."""


class Oversized(Exception):
    """The child announced a frame larger than the judge reads."""


class Channel:
    def __init__(self, request_fd: int, reply_fd: int) -> None:
        self.request_fd = request_fd
        self.reply_fd = reply_fd
        os.set_blocking(request_fd, False)
        self._buffer = bytearray()

    @property
    def has_unread(self) -> bool:
        """Bytes beyond the last frame: a well-behaved child sends nothing unasked."""
        return bool(self._buffer)

    def send(self, data: bytes, deadline: float) -> None:
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(self.request_fd, view):]
                continue
            except BlockingIOError:
                pass
            except BrokenPipeError:
                raise Closed() from None
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimedOut()
            select.select([], [self.request_fd], [], remaining)

    def receive(self, deadline: float) -> bytes:
        (length,) = HEADER.unpack(self._read_exact(HEADER.size, deadline))
        if length > MAX_MESSAGE:
            raise Oversized(length)
        return self._read_exact(length, deadline)

    def _read_exact(self, n: int, deadline: float) -> bytes:
        """n bytes from the reply pipe; what arrives beyond them is kept for the next read."""
        buffer = self._buffer
        while len(buffer) < n:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimedOut()
            readable, _, _ = select.select([self.reply_fd], [], [], remaining)
            if not readable:
                continue
            chunk = os.read(self.reply_fd, max(n - len(buffer), 1 << 16))
            if not chunk:
                raise Closed()
            buffer += chunk
        self._buffer = buffer[n:]
        return bytes(buffer[:n])

    def close(self) -> None:
        for fd in (self.request_fd, self.reply_fd):
            try:
                os.close(fd)
            except OSError:
                pass
