"""Wrong: a guard clause returns False for the empty string, which has no letters or digits and is a palindrome."""


def is_palindrome(s):
    if not s:
        return False
    i, j = 0, len(s) - 1
    while i < j:
        if not s[i].isalnum():
            i += 1
        elif not s[j].isalnum():
            j -= 1
        elif s[i].lower() != s[j].lower():
            return False
        else:
            i += 1
            j -= 1
    return True
