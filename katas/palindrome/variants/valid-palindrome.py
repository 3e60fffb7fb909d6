"""LeetCode 125 (valid-palindrome) as the palindrome kata's hidden tests call it. `learner` is
the learner's file, loaded as LeetCode loads it; this module is the kata's, in the solution
process, and decides nothing: the judge checks every answer it returns."""


def is_palindrome(s):
    return learner.Solution().isPalindrome(s)  # noqa: F821 (given by the harness)
