# Trims the string with slices, one character at a time: O(n^2).
class Solution:
    def isPalindrome(self, s: str) -> bool:
        while s:
            if not s[0].isalnum():
                s = s[1:]
            elif not s[-1].isalnum():
                s = s[:-1]
            elif s[0].lower() != s[-1].lower():
                return False
            else:
                s = s[1:-1]
        return True
