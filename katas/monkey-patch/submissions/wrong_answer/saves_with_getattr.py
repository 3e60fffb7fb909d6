"""Wrong: saves what getattr returns instead of what is stored in vars(target). For a
staticmethod getattr gives the plain function, for a classmethod a bound method, so that is
what goes back into the class; and an inherited attribute comes back as the target's own."""

import functools

_MISSING = object()


class _Patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.saved = []

    def __enter__(self):
        self.saved.append(getattr(self.target, self.name, _MISSING))
        setattr(self.target, self.name, self.value)
        return self.value

    def __exit__(self, *exc_info):
        old = self.saved.pop()
        if old is _MISSING:
            delattr(self.target, self.name)
        else:
            setattr(self.target, self.name, old)
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper


def patch(target, name, value):
    return _Patch(target, name, value)
