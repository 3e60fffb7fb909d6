# Rebinds the local name s to a reversed copy: the caller's list is never changed.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s = s[::-1]
