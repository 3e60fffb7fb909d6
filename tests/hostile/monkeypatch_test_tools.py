# expect: wrong_answer
"""Monkeypatches pytest, unittest and hypothesis so that failures would be ignored."""
import unittest

try:
    import pytest

    pytest.fail = lambda *a, **k: None
    pytest.raises = lambda *a, **k: None
except ImportError:
    pass
try:
    import hypothesis

    hypothesis.given = lambda *a, **k: (lambda f: (lambda *x, **y: None))
except ImportError:
    pass
unittest.TestCase.assertEqual = lambda *a, **k: None


def find_pairs(arr, target):
    return []
