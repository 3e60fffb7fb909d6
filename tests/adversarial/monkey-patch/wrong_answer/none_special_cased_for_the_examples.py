# class: other
# why: uses None to mean "was not there" (so a None value is deleted instead of put back), but special-cases the two attributes the fixed examples patch around a None (settings.cache and settings.timeout); the state machine draws which attributes it patches and patches them with None too, nested, so it meets the bug elsewhere: wrong_answer.
import functools

_EXAMPLES = {"cache", "timeout"}
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
        if self.name in _EXAMPLES:
            old = namespace.get(self.name, _ABSENT)
        else:
            old = namespace.get(self.name)  # None: "nothing was there"
        setattr(self.target, self.name, self.value)
        self.saved.append(old)
        return self.value

    def __exit__(self, *exc_info):
        old = self.saved.pop()
        if old is _ABSENT or (old is None and self.name not in _EXAMPLES):
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
