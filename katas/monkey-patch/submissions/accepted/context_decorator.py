"""Accepted, written differently: a contextlib.ContextDecorator subclass (its __call__ wraps
with functools.wraps and enters `with self`), reading the target's own dictionary through
`__dict__` and keeping one (had_it, old) pair per active entry."""

import contextlib


class patch(contextlib.ContextDecorator):
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.frames = []

    def __enter__(self):
        own = getattr(self.target, "__dict__", None)
        had_it = own is not None and self.name in own
        old = own[self.name] if had_it else None
        setattr(self.target, self.name, self.value)
        self.frames.append((had_it, old))
        return self.value

    def __exit__(self, *exc_info):
        had_it, old = self.frames.pop()
        if had_it:
            setattr(self.target, self.name, old)
        else:
            delattr(self.target, self.name)
        return False
