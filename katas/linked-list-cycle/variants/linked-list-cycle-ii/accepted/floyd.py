# The usual answer: Floyd's slow and fast pointers meet in the cycle; a pointer from the head and
# one from the meeting point, one step at a time, then meet where it begins. O(n) time, O(1) memory.
class Solution:
    def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:
        slow = fast = head
        while fast and fast.next:
            slow = slow.next
            fast = fast.next.next
            if slow is fast:
                ptr = head
                while ptr is not slow:
                    ptr = ptr.next
                    slow = slow.next
                return ptr
        return None
