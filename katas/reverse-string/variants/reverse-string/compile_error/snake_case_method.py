# The kata's name instead of LeetCode's: Solution has no reverseString.
class Solution:
    def reverse_string(self, s: List[str]) -> None:
        s.reverse()
