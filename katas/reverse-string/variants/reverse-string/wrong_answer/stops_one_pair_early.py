# Stops while right - left is 1: the two middle characters of an even-length list are never swapped.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        left, right = 0, len(s) - 1
        while left < right - 1:
            s[left], s[right] = s[right], s[left]
            left += 1
            right -= 1
