# A heap sort written by hand (heapq is forbidden), in place: O(n log n) on every input.
class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        def sift_down(root: int, end: int) -> None:
            while True:
                child = 2 * root + 1
                if child >= end:
                    return
                if child + 1 < end and nums[child + 1] > nums[child]:
                    child += 1
                if nums[root] >= nums[child]:
                    return
                nums[root], nums[child] = nums[child], nums[root]
                root = child

        n = len(nums)
        for i in range(n // 2 - 1, -1, -1):
            sift_down(i, n)
        for end in range(n - 1, 0, -1):
            nums[0], nums[end] = nums[end], nums[0]
            sift_down(0, end)
        return nums
