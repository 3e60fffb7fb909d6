# expect: wrong_answer
"""Returns 20,000 distinct pairs where a handful are expected: a wrong answer the comparison
must find by length at once ("20,000 items where 2 were expected"), not by sorting and matching
every item against every expected one. (100,000 costs the same to compare; 20,000 keeps the
child's own encoding, which is what this entry spends its time on, short.)"""


def find_pairs(arr, target):
    return [(i, target - i) for i in range(20_000)]
