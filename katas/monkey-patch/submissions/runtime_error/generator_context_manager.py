"""Runtime error: @contextlib.contextmanager makes a one-shot context manager. It works as a
decorator (each call makes a fresh one), but entering the same patch object a second time,
in sequence or nested, fails inside contextlib."""

import contextlib

_ABSENT = object()


@contextlib.contextmanager
def patch(target, name, value):
    try:
        namespace = vars(target)
    except TypeError:
        namespace = {}
    old = namespace.get(name, _ABSENT)
    setattr(target, name, value)
    try:
        yield value
    finally:
        if old is _ABSENT:
            delattr(target, name)
        else:
            setattr(target, name, old)
