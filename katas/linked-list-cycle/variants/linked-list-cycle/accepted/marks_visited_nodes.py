# Marks each node it passes by overwriting its value with one outside LeetCode's range: finds cycles, but
# leaves the list changed, which the kata forbids (LeetCode 141 does not check).
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        node = head
        while node:
            if node.val == 100001:
                return True
            node.val = 100001
            node = node.next
        return False
