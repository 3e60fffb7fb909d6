# expect: wrong_answer
"""A list subclass whose == says yes to everything."""


class Yes(list):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None


def find_pairs(arr, target):
    return Yes()
