"""Wrong: "if it was not there, there is nothing to restore": a patch of a missing attribute
is never undone, so after the block the attribute still exists. (Own attributes are put back
and inherited ones deleted again properly; only a name the target did not have at all is
left behind.)"""

import functools


def _inherited(target, name):
    chain = target.__mro__[1:] if isinstance(target, type) else type(target).__mro__
    return any(name in vars(klass) for klass in chain)


class _Patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.saved = []

    def __enter__(self):
        try:
            namespace = vars(self.target)
        except TypeError:
            namespace = {}
        if self.name in namespace:
            frame = ("own", namespace[self.name])
        elif _inherited(self.target, self.name):
            frame = ("inherited", None)
        else:
            frame = ("missing", None)  # it did not exist: nothing to put back
        setattr(self.target, self.name, self.value)
        self.saved.append(frame)
        return self.value

    def __exit__(self, *exc_info):
        kind, old = self.saved.pop()
        if kind == "own":
            setattr(self.target, self.name, old)
        elif kind == "inherited":
            delattr(self.target, self.name)
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper


def patch(target, name, value):
    return _Patch(target, name, value)
