"""Wrong: reads vars(target) before setattr, unguarded. A __slots__ object has no __dict__,
so entering a patch on it raises vars()'s TypeError instead of the AttributeError that
setattr raises."""

import functools

_ABSENT = object()


class _Patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.saved = []

    def __enter__(self):
        old = vars(self.target).get(self.name, _ABSENT)
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
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper


def patch(target, name, value):
    return _Patch(target, name, value)
