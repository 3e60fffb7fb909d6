"""Rule violation: `import bisect` and a wrapper object whose __getitem__ calls is_bad, so
bisect.bisect_left does the halving."""

import bisect


class _Answers:
    def __init__(self, n, is_bad):
        self.n, self.is_bad = n, is_bad

    def __len__(self):
        return self.n

    def __getitem__(self, v):
        return self.is_bad(v)


def first_bad(n, is_bad):
    if n < 0:
        raise ValueError(n)
    i = bisect.bisect_left(_Answers(n, is_bad), True, 0, n)
    return i if i < n else None
