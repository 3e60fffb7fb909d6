# A counting sort that forgets the offset: negative values index from the end of counts and come back positive.
class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        counts = [0] * 50001
        for x in nums:
            counts[x] += 1
        out = []
        for v, c in enumerate(counts):
            out.extend([v] * c)
        return out
