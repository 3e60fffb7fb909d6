"""Too slow: asks a helper whether the character at i is punctuation, but the helper walks the
whole run of punctuation from i to find the next letter, and i then moves one step. A run of L
punctuation characters is walked L times, L²/2 steps: linear with short runs, quadratic when
the text holds long runs of punctuation."""


def _next_alnum(s, i, step):
    while 0 <= i < len(s) and not s[i].isalnum():
        i += step
    return i


def is_palindrome(s):
    i, j = 0, len(s) - 1
    while i < j:
        if _next_alnum(s, i, 1) != i:
            i += 1
        elif _next_alnum(s, j, -1) != j:
            j -= 1
        elif s[i].lower() != s[j].lower():
            return False
        else:
            i += 1
            j -= 1
    return True
