"""Too slow: `result = ch + result` builds a new string of every length from 1 to n (O(n²))."""


def reverse_string(s):
    result = ""
    for ch in s:
        result = ch + result
    return result
