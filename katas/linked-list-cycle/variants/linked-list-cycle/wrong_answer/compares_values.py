# Compares the pointers' values instead of the nodes: two different nodes holding equal values look like a meeting.
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
            if fast and slow.val == fast.val:
                return True
        return False
