# The kata's name instead of LeetCode's: Solution has no isPalindrome.
class Solution:
    def is_palindrome(self, s: str) -> bool:
        t = [c.lower() for c in s if c.isalnum()]
        return t == t[::-1]
