"""Reference: an explicit stack of iterators, one per list being read, so depth costs heap, not recursion."""


def flatten(nested: list) -> list:
    result = []
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            result.append(item)
        else:
            stack.pop()
    return result
