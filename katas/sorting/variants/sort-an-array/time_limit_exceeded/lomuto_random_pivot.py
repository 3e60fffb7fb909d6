# A random pivot, but a two-way (Lomuto) split: every value equal to the pivot lands on one side, O(n^2) on equal values.
import random


class Solution:
    def sortArray(self, nums: List[int]) -> List[int]:
        def quicksort(lo: int, hi: int) -> None:
            while lo < hi:
                p = random.randint(lo, hi)
                nums[p], nums[hi] = nums[hi], nums[p]
                pivot, store = nums[hi], lo
                for i in range(lo, hi):
                    if nums[i] <= pivot:
                        nums[i], nums[store] = nums[store], nums[i]
                        store += 1
                nums[store], nums[hi] = nums[hi], nums[store]
                if store - lo < hi - store:
                    quicksort(lo, store - 1)
                    lo = store + 1
                else:
                    quicksort(store + 1, hi)
                    hi = store - 1

        quicksort(0, len(nums) - 1)
        return nums
