"""Wrong: for a target without __dict__ (a __slots__ object) it falls back to saving what
getattr finds, so it reads the attribute before setattr refuses it; the contract wants
setattr's exception before anything is read or changed."""

import functools

_ABSENT = object()


class _Patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.saved = []

    def __enter__(self):
        try:
            old = vars(self.target).get(self.name, _ABSENT)
        except TypeError:  # no __dict__: keep what the lookup finds
            old = getattr(self.target, self.name, _ABSENT)
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
