"""Wrong: uses None to mean "was not in vars(target)", so an attribute whose value was None
is deleted instead of being put back (and a patch nested inside a patch to None deletes the
outer patch's value)."""

import functools


class _Patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.saved = []

    def __enter__(self):
        try:
            old = vars(self.target).get(self.name)
        except TypeError:
            old = None
        setattr(self.target, self.name, self.value)
        self.saved.append(old)
        return self.value

    def __exit__(self, *exc_info):
        old = self.saved.pop()
        if old is None:
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
