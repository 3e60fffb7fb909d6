# The other common answer: a set of the nodes seen, O(n) extra memory, which LeetCode 141 asks to
# avoid only as a follow-up. Accepted, with the kata's O(1) space bound printed as advice (rejected with --strict).
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen = set()
        node = head
        while node:
            if node in seen:
                return True
            seen.add(node)
            node = node.next
        return False
