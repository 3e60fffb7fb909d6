"""Wrong: counts how deep the patch object is entered and only patches at the outermost
entry and restores at the outermost exit. Entering it again inside another patch of the same
attribute therefore leaves the other patch's value in place, where entering must set this
patch's value (each level puts back what it found)."""

import functools

_ABSENT = object()


class _Patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.depth = 0
        self.old = _ABSENT

    def __enter__(self):
        if self.depth == 0:
            try:
                namespace = vars(self.target)
            except TypeError:
                namespace = {}
            old = namespace.get(self.name, _ABSENT)
            setattr(self.target, self.name, self.value)
            self.old = old
        self.depth += 1
        return self.value

    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1
        if self.depth == 0:
            if self.old is _ABSENT:
                delattr(self.target, self.name)
            else:
                setattr(self.target, self.name, self.old)
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper


def patch(target, name, value):
    return _Patch(target, name, value)
