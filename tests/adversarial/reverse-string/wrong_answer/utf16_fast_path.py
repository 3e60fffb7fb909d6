# class: wrong-on-large
# why: for long strings it reverses UTF-16 code units (fast in C, but it splits every character above U+FFFF into reversed surrogates), which only the long mixed text measured shows: wrong_answer.
def reverse_string(s):
    if len(s) > 1_000:
        data = s.encode("utf-16-le", errors="surrogatepass")
        units = memoryview(data).cast("H")[::-1].tobytes()
        return units.decode("utf-16-le", errors="surrogatepass")
    return s[::-1]
