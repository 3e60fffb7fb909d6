# Takes the last character and inserts it at position i: every insert shifts the rest of the list, O(n^2).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        for i in range(len(s)):
            s.insert(i, s.pop())
