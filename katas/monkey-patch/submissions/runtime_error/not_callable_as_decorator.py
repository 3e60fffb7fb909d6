"""Runtime error: a correct context manager with no __call__, so `@patch(...)` on a function
fails with "'_Patch' object is not callable"."""

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

    def __exit__(self, exc_type, exc, tb):
        old = self.saved.pop()
        if old is _ABSENT:
            delattr(self.target, self.name)
        else:
            setattr(self.target, self.name, old)
        return False


def patch(target, name, value):
    return _Patch(target, name, value)
