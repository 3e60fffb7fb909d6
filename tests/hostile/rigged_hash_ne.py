# expect: wrong_answer
"""Rigged __eq__, __ne__ and __hash__ on the returned object and its items."""


class Liar:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __hash__(self):
        return hash((-1, 7))

    def __iter__(self):
        return iter([])

    def __len__(self):
        return 2


def find_pairs(arr, target):
    return [Liar(), Liar()]
