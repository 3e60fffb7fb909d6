# expect: time_limit_exceeded
"""Never returns."""


def find_pairs(arr, target):
    while True:
        pass
