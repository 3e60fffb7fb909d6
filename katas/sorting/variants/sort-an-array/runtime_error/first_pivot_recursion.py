# The first item as pivot, recursing on both sides: on sorted input the recursion is n deep (RecursionError).
class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        if len(nums) <= 1:
            return nums
        pivot = nums[0]
        less = [x for x in nums[1:] if x < pivot]
        rest = [x for x in nums[1:] if x >= pivot]
        return self.sortArray(less) + [pivot] + self.sortArray(rest)
