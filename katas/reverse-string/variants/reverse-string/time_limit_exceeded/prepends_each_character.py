# Builds the reversed list by prepending one character at a time: each [c] + out copies it all, O(n^2).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        out = []
        for c in s:
            out = [c] + out
        s[:] = out
