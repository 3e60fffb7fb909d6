"""Too slow: `result = result + [item]` copies the whole result for every item (O(n²))."""


def flatten(nested):
    result = []
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            result = result + [item]
        else:
            stack.pop()
    return result
