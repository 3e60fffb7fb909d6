# expect: wrong_answer
"""An object claiming to be a list through a spoofed __class__."""


class Fake:
    @property
    def __class__(self):
        return list

    def __eq__(self, other):
        return True

    __hash__ = None


def find_pairs(arr, target):
    return Fake()
