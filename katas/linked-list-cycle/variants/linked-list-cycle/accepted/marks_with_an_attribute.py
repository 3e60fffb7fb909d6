# Marks each node it passes with an attribute of its own: allowed by LeetCode 141, which does not forbid
# changing the list; accepted, with the O(1)-space follow-up as advice (the marks are a new dict per node).
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        while head:
            if getattr(head, "seen", False):
                return True
            head.seen = True
            head = head.next
        return False
