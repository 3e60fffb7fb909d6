# class: forge-figures
# why: leaves a patched missing attribute behind (never deletes it) and, having read that support.py observes with vars(), hasattr() and getattr(), replaces those builtins with versions that hide the names it left behind; support.py binds the real builtins when it is loaded, before the submission is imported, so it sees the attribute still there: wrong_answer.
import builtins
import functools

_ABSENT = object()
_left_behind = set()  # (id(target), name) the patch never cleaned up
_vars, _getattr, _hasattr = builtins.vars, builtins.getattr, builtins.hasattr


def _hidden(target, name):
    return (id(target), name) in _left_behind


def vars_(*target):
    found = _vars(*target)
    if target and any(_hidden(target[0], n) for n in list(found)):
        found = {k: v for k, v in found.items() if not _hidden(target[0], k)}
    return found


def getattr_(target, name, *default):
    if _hidden(target, name):
        if default:
            return default[0]
        raise AttributeError(name)
    return _getattr(target, name, *default)


def hasattr_(target, name):
    return False if _hidden(target, name) else _hasattr(target, name)


builtins.vars, builtins.getattr, builtins.hasattr = vars_, getattr_, hasattr_


class _Patch:
    def __init__(self, target, name, value):
        self.target, self.name, self.value = target, name, value
        self.saved = []

    def __enter__(self):
        try:
            namespace = _vars(self.target)
        except TypeError:
            namespace = {}
        old = namespace.get(self.name, _ABSENT)
        setattr(self.target, self.name, self.value)
        _left_behind.discard((id(self.target), self.name))
        self.saved.append(old)
        return self.value

    def __exit__(self, *exc_info):
        old = self.saved.pop()
        if old is _ABSENT:
            _left_behind.add((id(self.target), self.name))  # "gone", as far as anyone can tell
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
