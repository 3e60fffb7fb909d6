"""Too slow, but only on wide text: the learner knows that reversing UTF-8 bytes breaks accented
letters, so takes a shortcut only when every code point fits in one byte (Latin-1: encode, reverse
the bytes, decode, O(n)), and otherwise "plays safe" one code point at a time with
`result = ch + result`, which copies the growing result at every step (O(n²), and 4 bytes a code
point once a character is above U+FFFF). Every example and property passes (they are short), and
the ASCII and Latin-1 text is fast; only the performance group's mixed-text workload
(`workload_reverse`: ASCII, Latin-1, CJK and characters above U+FFFF) rejects it."""


def reverse_string(s):
    try:
        data = s.encode("latin-1")
    except UnicodeEncodeError:
        result = ""
        for ch in s:
            result = ch + result
        return result
    return data[::-1].decode("latin-1")
