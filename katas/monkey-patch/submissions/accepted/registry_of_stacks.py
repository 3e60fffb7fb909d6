"""Accepted, written differently: the patch object keeps nothing; one module-level stack per
(target, attribute) holds what each entry found, which works because patches of one attribute
are left in reverse order of entry. The decorator is a closure with try/finally."""

import functools

_NOTHING = object()
_found = {}  # (id(target), name) -> [what each active entry found, innermost last]


def _enter(target, name, value):
    try:
        namespace = target.__dict__
    except AttributeError:
        namespace = {}
    before = namespace.get(name, _NOTHING) if name in namespace else _NOTHING
    setattr(target, name, value)
    _found.setdefault((id(target), name), []).append(before)


def _leave(target, name):
    stack = _found[(id(target), name)]
    before = stack.pop()
    if not stack:
        del _found[(id(target), name)]
    if before is _NOTHING:
        delattr(target, name)
    else:
        setattr(target, name, before)


class _Patch:
    def __init__(self, target, name, value):
        self._args = (target, name, value)

    def __enter__(self):
        _enter(*self._args)
        return self._args[2]

    def __exit__(self, exc_type, exc, tb):
        _leave(*self._args[:2])

    def __call__(self, func):
        target, name, value = self._args

        @functools.wraps(func)
        def patched(*args, **kwargs):
            _enter(target, name, value)
            try:
                return func(*args, **kwargs)
            finally:
                _leave(target, name)

        return patched


def patch(target, name, value):
    return _Patch(target, name, value)
