# The answer most LeetCode submissions give: O(n) extra space, which LeetCode 125 does not
# forbid. Accepted, with the kata's O(1) space bound printed as advice (rejected with --strict).
class Solution:
    def isPalindrome(self, s: str) -> bool:
        cleaned = "".join(c.lower() for c in s if c.isalnum())
        return cleaned == cleaned[::-1]
