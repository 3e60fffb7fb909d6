"""A function of the judge's in the solution process (judge/sandbox/callback.py is the judge's side)."""

from __future__ import annotations

import os


class JudgeFunction:
    """A function of the judge's, passed to the submission (a predicate, a clock): each call is
    a request to the judge's process, which runs the function there, counts the call, and
    answers with a value or an exception for the caller to raise. Nothing here is trusted: the
    judge checks every call it receives."""

    __slots__ = ("_harness", "_id", "__name__", "__qualname__")

    def __init__(self, harness, fid: int, name: str) -> None:
        self._harness, self._id = harness, fid
        self.__name__ = self.__qualname__ = name

    def __repr__(self) -> str:
        return f"<the judge's function {self.__name__}>"

    def __call__(self, *args, **kwargs):
        h = self._harness
        if os.getpid() != h.pid:
            raise RuntimeError(f"{self.__name__} can only be called from the process the judge started, not a fork of it")
        with h.wire:
            if h.current_rid is None:
                raise RuntimeError(f"{self.__name__} can only be called while the judge waits on your code")
            h.reply({"_rid": h.current_rid, "_cb": self._id, "args": h.encode(list(args)),
                     "kwargs": h.encode([[k, v] for k, v in kwargs.items()])})
            message = h.read_request()
        if type(message) is not dict:
            os._exit(0)  # the judge is gone
        if "_cb_raise" in message:
            raise _judge_exception(h, *message["_cb_raise"])
        return message.get("_cb_ok")


def _judge_exception(h, type_name: str, text: str, token: str) -> BaseException:
    """The exception the judge's function raises in the caller: a class of the kata's support
    module, or a builtin Exception subclass, marked with the judge's token (see describe)."""
    import builtins

    cls = getattr(h.modules.get("support"), type_name, None) or getattr(builtins, type_name, None)
    try:
        exc = cls(text) if isinstance(cls, type) and issubclass(cls, Exception) else None
    except Exception:
        exc = None
    if exc is None:
        exc = RuntimeError(f"the judge's function raised {type_name}: {text}")
    try:
        exc._kata_token = token
    except AttributeError:
        pass
    return exc
