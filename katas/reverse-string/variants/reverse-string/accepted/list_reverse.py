# list.reverse() reverses in place: accepted (the kata forbids nothing).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s.reverse()
