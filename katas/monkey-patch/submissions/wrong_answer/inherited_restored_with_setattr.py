"""Wrong: an attribute the target only inherits is "restored" with setattr to what getattr
saw, so the subclass or instance keeps its own copy, which shadows the base class from then
on. (Own attributes are saved from vars() and missing ones deleted: only inheritance breaks.)"""

import functools

_MISSING = object()


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
            old = namespace[self.name]
        else:
            old = getattr(self.target, self.name, _MISSING)  # inherited: what the lookup finds
        setattr(self.target, self.name, self.value)
        self.saved.append(old)
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
