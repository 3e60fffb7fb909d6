"""Also accepted: two lazy streams of the cleaned characters, forwards and backwards, compared pair by pair."""


def is_palindrome(s):
    forwards = (c.lower() for c in s if c.isalnum())
    backwards = (c.lower() for c in reversed(s) if c.isalnum())
    return all(a == b for a, b in zip(forwards, backwards))
