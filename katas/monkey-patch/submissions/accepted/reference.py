"""Reference: each entry pushes what it found in vars(target) (or that nothing was there)
and sets the value; each exit pops its own entry and puts back exactly that, deleting the
attribute when it was not in vars(target). The decorator enters the same object around each
call in a `with`, so a raise restores too."""

import functools

_ABSENT = object()  # "name was not in vars(target)": the value may be None, so None cannot say it


class _Patch:
    def __init__(self, target, name, value):
        self.target = target
        self.name = name
        self.value = value
        self._saved = []  # one entry per active entry, innermost last (recursion enters again)

    def __enter__(self):
        try:
            namespace = vars(self.target)
        except TypeError:
            namespace = {}  # no __dict__ (a __slots__ object): setattr below decides
        saved = namespace.get(self.name, _ABSENT)
        setattr(self.target, self.name, self.value)  # a refusing target raises here, nothing changed
        self._saved.append(saved)
        return self.value

    def __exit__(self, exc_type, exc, tb):
        saved = self._saved.pop()
        if saved is _ABSENT:
            delattr(self.target, self.name)
        else:
            setattr(self.target, self.name, saved)
        return False  # the block's exception, if any, goes on unchanged

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper


def patch(target, name, value):
    return _Patch(target, name, value)
