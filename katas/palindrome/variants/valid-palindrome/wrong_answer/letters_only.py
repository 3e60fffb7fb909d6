# Skips digits as if they did not count: "0P" reads as "p", a palindrome.
class Solution:
    def isPalindrome(self, s: str) -> bool:
        cleaned = [c.lower() for c in s if c.isalpha()]
        return cleaned == cleaned[::-1]
