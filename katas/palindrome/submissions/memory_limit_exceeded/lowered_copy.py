"""Too much memory: two pointers, but on s.lower(), a lower-cased copy of the whole string (O(n) extra space)."""


def is_palindrome(s):
    s = s.lower()
    i, j = 0, len(s) - 1
    while i < j:
        if not s[i].isalnum():
            i += 1
        elif not s[j].isalnum():
            j -= 1
        elif s[i] != s[j]:
            return False
        else:
            i += 1
            j -= 1
    return True
