"""Wrong: reverses the UTF-8 bytes, which scrambles every character longer than one byte."""


def reverse_string(s):
    return s.encode("utf-8")[::-1].decode("utf-8", errors="ignore")
