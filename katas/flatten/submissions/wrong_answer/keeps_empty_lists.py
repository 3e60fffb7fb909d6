"""Wrong: `if isinstance(item, list) and item` treats an empty list as an item, so [] shows up in the result."""


def flatten(nested):
    result = []
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list) and item:
                stack.append(iter(item))
                break
            result.append(item)
        else:
            stack.pop()
    return result
