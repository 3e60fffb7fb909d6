"""Wrong: one saved slot on the patch object. Entering the same patch object again while it is
active (a decorated recursive function, `with p: ... with p:`) overwrites the slot with the
patched value, so the outer exit "restores" the patch instead of the original."""

import functools

_ABSENT = object()


class _Patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.old = _ABSENT

    def __enter__(self):
        try:
            namespace = vars(self.target)
        except TypeError:
            namespace = {}
        old = namespace.get(self.name, _ABSENT)
        setattr(self.target, self.name, self.value)
        self.old = old
        return self.value

    def __exit__(self, exc_type, exc, tb):
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
