"""Wrong: wraps the block's exception in one of its own (RuntimeError ... from exc), so the
caller's `except KeyError` no longer catches what the block raised."""

import functools

_ABSENT = object()


class _Patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.saved = []

    def __enter__(self):
        try:
            namespace = vars(self.target)
        except TypeError:
            namespace = {}
        old = namespace.get(self.name, _ABSENT)
        setattr(self.target, self.name, self.value)
        self.saved.append(old)
        return self.value

    def _restore(self):
        old = self.saved.pop()
        if old is _ABSENT:
            delattr(self.target, self.name)
        else:
            setattr(self.target, self.name, old)

    def __exit__(self, exc_type, exc, tb):
        self._restore()
        if exc is not None:
            raise RuntimeError(f"the block patched with {self.name!r} failed") from exc
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper


def patch(target, name, value):
    return _Patch(target, name, value)
