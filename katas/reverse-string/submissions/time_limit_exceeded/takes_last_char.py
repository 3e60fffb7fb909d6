"""Too slow: takes the last character and cuts it off with s = s[:-1]; every cut copies what is
left of the string (O(n²), and 4 bytes a code point once one character is above U+FFFF)."""


def reverse_string(s):
    out = []
    while s:
        out.append(s[-1])
        s = s[:-1]
    return "".join(out)
