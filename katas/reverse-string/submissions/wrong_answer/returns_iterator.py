"""Wrong: returns the reversed() iterator itself, not a string."""


def reverse_string(s):
    return reversed(s)
