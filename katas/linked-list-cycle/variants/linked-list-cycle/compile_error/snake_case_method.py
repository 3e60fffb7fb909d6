# The kata's name instead of LeetCode's: Solution has no hasCycle.
class Solution:
    def has_cycle(self, head: Optional[ListNode]) -> bool:
        slow = fast = head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
            if slow is fast:
                return True
        return False
