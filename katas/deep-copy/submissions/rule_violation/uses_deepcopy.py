"""Rule violation: copy.deepcopy does the whole exercise."""

from copy import deepcopy


def deep_copy(obj):
    return deepcopy(obj)
