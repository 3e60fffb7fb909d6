# class: wrong-on-large
# why: opens only two levels when the top holds few long lists (the measured wide shape), which is fast but leaves the inner sublists in the result, so the answers compared with the reference's while measuring differ: wrong_answer.
def flatten(nested):
    if len(nested) <= 8 and sum(len(x) for x in nested if type(x) is list) > 10_000:
        out = []
        for item in nested:
            if type(item) is list:
                for inner in item:
                    if type(inner) is list:
                        out.extend(inner)
                    else:
                        out.append(inner)
            else:
                out.append(item)
        return out
    out = []
    pending = list(reversed(nested))
    while pending:
        value = pending.pop()
        if isinstance(value, list):
            pending.extend(reversed(value))
        else:
            out.append(value)
    return out
