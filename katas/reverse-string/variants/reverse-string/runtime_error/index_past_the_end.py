# Starts the right index at len(s) instead of len(s) - 1: IndexError on the first swap.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        left, right = 0, len(s)
        while left < right:
            s[left], s[right] = s[right], s[left]
            left += 1
            right -= 1
