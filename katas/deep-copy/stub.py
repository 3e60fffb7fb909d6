"""Deep copy by hand. Run `kata show deep-copy` for the full statement."""


def deep_copy(obj):
    """A copy of obj, built from list, dict, set, tuple and immutable atoms (int, float, complex,
    str, bytes, bool, None, frozenset of atoms), that equals obj and shares no mutable container
    with it. A container that appears twice in obj is copied once and appears twice in the copy;
    cycles are copied as cycles. Nesting depth up to 500. Do not use copy, pickle, marshal or json."""
    raise NotImplementedError
