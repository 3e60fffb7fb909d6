"""Too slow: trims the string with slices, and every slice copies what is left (O(n²))."""


def is_palindrome(s):
    while True:
        while s and not s[0].isalnum():
            s = s[1:]
        while s and not s[-1].isalnum():
            s = s[:-1]
        if len(s) < 2:
            return True
        if s[0].lower() != s[-1].lower():
            return False
        s = s[1:-1]
