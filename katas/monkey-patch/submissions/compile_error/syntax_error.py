"""Compile error: `def __exit__` with no colon."""

import functools


class _Patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.saved = []

    def __enter__(self):
        self.saved.append(vars(self.target).get(self.name))
        setattr(self.target, self.name, self.value)
        return self.value

    def __exit__(self, *exc_info)
        setattr(self.target, self.name, self.saved.pop())


def patch(target, name, value):
    return _Patch(target, name, value)
