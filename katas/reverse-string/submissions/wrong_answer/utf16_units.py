"""Wrong: reverses UTF-16 code units (as Java or JavaScript would), which splits every surrogate pair."""


def reverse_string(s):
    data = s.encode("utf-16-le", errors="surrogatepass")
    units = [data[i:i + 2] for i in range(0, len(data), 2)]
    return b"".join(reversed(units)).decode("utf-16-le", errors="surrogatepass")
