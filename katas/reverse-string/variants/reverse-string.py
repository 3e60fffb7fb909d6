"""LeetCode 344 (reverse-string) as the reverse-string kata's hidden tests call it. `learner` is
the learner's file, loaded as LeetCode loads it; this module is the kata's, in the solution
process, and decides nothing: the judge checks every answer it returns.

LeetCode hands reverseString a list of one-character strings to reverse in place and ignores
what it returns; so does this adapter, which hands back the list as the call left it, joined
into the str the kata's tests compare. A list that no longer holds only single characters
comes back as the list itself, which no expected str equals."""


def reverse_string(s):
    chars = list(s)
    learner.Solution().reverseString(chars)  # noqa: F821 (given by the harness); what it returns is ignored
    try:
        joined = "".join(chars)
    except TypeError:  # an item that is not a str
        return chars
    # n strs, none empty, n characters in all: each is one character, and the join loses nothing
    return joined if len(joined) == len(chars) and "" not in chars else chars
