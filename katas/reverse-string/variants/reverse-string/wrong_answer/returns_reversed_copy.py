# Returns a reversed copy and leaves s as it was: LeetCode (and the judge) read s, not the return value.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        return s[::-1]
