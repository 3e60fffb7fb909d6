# Counts each value of LeetCode's range [-50000, 50000]: O(n + range), in place.
class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        offset = 50000
        counts = [0] * (2 * offset + 1)
        for x in nums:
            counts[x + offset] += 1
        i = 0
        for v, c in enumerate(counts):
            for _ in range(c):
                nums[i] = v - offset
                i += 1
        return nums
