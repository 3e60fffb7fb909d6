"""Also accepted: a copier object with one method per type, chosen from a table, and
comprehensions; three frames per level of nesting, which the judge's limit allows."""


class _Copier:
    def __init__(self):
        self.memo = {}

    def copy(self, obj):
        if id(obj) in self.memo:
            return self.memo[id(obj)]
        return self.handlers.get(type(obj), _Copier._atom)(self, obj)

    def _atom(self, obj):
        return obj

    def _list(self, obj):
        new = self.memo[id(obj)] = []
        new.extend([self.copy(item) for item in obj])
        return new

    def _dict(self, obj):
        new = self.memo[id(obj)] = {}
        new.update({self.copy(key): self.copy(value) for key, value in obj.items()})
        return new

    def _set(self, obj):
        new = self.memo[id(obj)] = set()
        new.update(self.copy(item) for item in obj)
        return new

    def _tuple(self, obj):
        items = tuple(self.copy(item) for item in obj)
        return self.memo.setdefault(id(obj), items)

    handlers = {list: _list, dict: _dict, set: _set, tuple: _tuple}


def deep_copy(obj):
    return _Copier().copy(obj)
