"""Wrong: the decorator enters, calls and exits in sequence with no try/finally, so when the
decorated function raises, the patch is never undone. (The with statement is right.)"""

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
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            self.__enter__()
            result = func(*args, **kwargs)
            self.__exit__(None, None, None)
            return result

        return wrapper


def patch(target, name, value):
    return _Patch(target, name, value)
