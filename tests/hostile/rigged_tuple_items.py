# expect: wrong_answer
"""Right list type, but the pairs are tuple subclasses equal to anything."""


class Pair(tuple):
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


def find_pairs(arr, target):
    return [Pair((0, 0))]
