"""Too slow: without recursion, but each list's result is built with +: `result + [item]` for an
item and `parent_result + result` when a sublist is done. Each + copies everything built so far on
that level, and a finished sublist's items are copied again on every level above: quadratic on a
long list with several items per level, and on a deep one."""


def flatten(nested):
    done = []  # the results of the lists finished so far, innermost last
    stack = [(nested, 0, [])]
    while stack:
        current, i, result = stack.pop()
        if i < len(current):
            item = current[i]
            if type(item) is list:
                stack.append((current, i + 1, result))
                stack.append((item, 0, []))
            else:
                stack.append((current, i + 1, result + [item]))
        else:
            if stack:
                parent, j, parent_result = stack.pop()
                stack.append((parent, j, parent_result + result))
            else:
                return result
    return []
