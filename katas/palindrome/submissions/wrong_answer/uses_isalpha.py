"""Wrong: skips with isalpha(), so digits are ignored although they count ("0P" is not a palindrome)."""


def is_palindrome(s):
    i, j = 0, len(s) - 1
    while i < j:
        if not s[i].isalpha():
            i += 1
        elif not s[j].isalpha():
            j -= 1
        elif s[i].lower() != s[j].lower():
            return False
        else:
            i += 1
            j -= 1
    return True
