"""Rule violation: the dict() builtin, called by name, is still a dict."""


class HashMap:
    def __init__(self):
        self.table = dict()

    def put(self, key, value):
        self.table[key] = value

    def get(self, key, default=None):
        return self.table[key] if key in self.table else default

    def remove(self, key):
        self.table.pop(key)

    def __contains__(self, key):
        return key in self.table

    def __len__(self):
        return len(self.table)
