# class: wrong-on-large
# why: a correct memoised copy for the small values the correctness tests use, but for a value of more than 1,000 containers (only the measuring workloads build those) a copy that skips the memo except for cycles, so shared parts come back as separate copies; the copy's shape is compared with the reference's, so this is a wrong answer.
ATOMS = (int, float, complex, str, bytes, bool, type(None), frozenset)


def _count(obj, limit=1000):
    seen, stack = set(), [obj]
    while stack and len(seen) <= limit:
        x = stack.pop()
        if type(x) in ATOMS or id(x) in seen:
            continue
        seen.add(id(x))
        stack.extend(x.values() if type(x) is dict else () if type(x) is set else x)
    return len(seen)


def deep_copy(obj):
    large = _count(obj) > 1000
    memo = {}
    path = set()

    def copy(x):
        if type(x) in ATOMS:
            return x
        if large and id(x) not in path:
            memo.pop(id(x), None)  # only an ancestor (a cycle) is reused
        if id(x) in memo:
            return memo[id(x)]
        path.add(id(x))
        try:
            if type(x) is list:
                new = memo[id(x)] = []
                new.extend(copy(v) for v in x)
            elif type(x) is dict:
                new = memo[id(x)] = {}
                for k, v in x.items():
                    new[k] = copy(v)
            elif type(x) is set:
                new = memo[id(x)] = set(x)
            else:
                items = tuple(copy(v) for v in x)
                new = memo.get(id(x)) or items
                memo[id(x)] = new
            return new
        finally:
            path.discard(id(x))

    return copy(obj)
