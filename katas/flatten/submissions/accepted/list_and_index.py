"""Also accepted: a stack of (list, next index) pairs; descending into a sublist saves where to resume."""


def flatten(nested):
    out = []
    stack = []
    current, i = nested, 0
    while True:
        if i < len(current):
            item = current[i]
            i += 1
            if type(item) is list:
                stack.append((current, i))
                current, i = item, 0
            else:
                out.append(item)
        elif stack:
            current, i = stack.pop()
        else:
            return out
