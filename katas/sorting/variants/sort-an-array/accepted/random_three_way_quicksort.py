# Quicksort with a random pivot and a three-way split: values equal to the pivot are done at once.
import random


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        if len(nums) <= 1:
            return nums
        pivot = random.choice(nums)
        less = [x for x in nums if x < pivot]
        equal = [x for x in nums if x == pivot]
        greater = [x for x in nums if x > pivot]
        return self.sortArray(less) + equal + self.sortArray(greater)
