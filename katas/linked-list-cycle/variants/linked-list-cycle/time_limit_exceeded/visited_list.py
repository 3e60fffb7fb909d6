# Keeps the visited nodes in a list and searches it with `in` at every step: O(n) per step, O(n^2) in all.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        visited = []
        node = head
        while node:
            if node in visited:
                return True
            visited.append(node)
            node = node.next
        return False
