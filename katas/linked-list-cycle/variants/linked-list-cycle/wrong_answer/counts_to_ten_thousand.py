# Walks at most 10,000 steps and calls anything longer a cycle: leans on LeetCode's limit of 10^4 nodes,
# so a longer list without a cycle is reported as having one.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        node = head
        for _ in range(10000):
            if node is None:
                return False
            node = node.next
        return True
