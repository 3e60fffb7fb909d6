"""Also accepted: a slice with step -1, which copies the code points in reverse order in one pass."""


def reverse_string(s):
    return s[::-1]
