"""Runtime error: the loop starts at index len(s), one past the last character (IndexError)."""


def reverse_string(s):
    out = []
    for i in range(len(s), 0, -1):
        out.append(s[i])
    return "".join(out)
