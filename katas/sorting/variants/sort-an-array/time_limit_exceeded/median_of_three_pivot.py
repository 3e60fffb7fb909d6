# The textbook fix for sorted input: the median of the first, middle and last values as pivot, and a
# three-way split (so equal values are fine too). The pivot is deterministic, and Musser's
# median-of-3 killer makes it the second smallest value at every level: O(n^2).
class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        out = []
        stack = [(False, nums)]  # a list to sort, or (True, values all equal to a pivot)
        while stack:
            done, part = stack.pop()
            if done or len(part) <= 1:
                out.extend(part)
                continue
            a, b, c = part[0], part[len(part) // 2], part[-1]
            pivot = max(min(a, b), min(max(a, b), c))
            stack.append((False, [x for x in part if x > pivot]))
            stack.append((True, [x for x in part if x == pivot]))
            stack.append((False, [x for x in part if x < pivot]))
        return out
