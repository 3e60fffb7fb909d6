# For every node, walks again from the head to see whether it was reached before: O(n^2) time.
class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        node, steps = head, 0
        while node:
            probe = head
            for _ in range(steps):
                if probe is node:
                    return node
                probe = probe.next
            node = node.next
            steps += 1
        return None
