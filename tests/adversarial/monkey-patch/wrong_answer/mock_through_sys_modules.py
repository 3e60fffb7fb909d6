# class: other
# why: reaches the import machinery through sys.modules["_frozen_importlib"] (a subscript the static rules cannot follow) to import unittest.mock, and lets mock.patch.object do the exercise; support.py finds unittest.mock loaded in the solution process and the hidden tests reject it: wrong_answer, the only verdict a hidden test can give (rule_violation would be honest).
import sys

_mock = sys.modules["_frozen_importlib"]._gcd_import("unittest.mock")


def patch(target, name, value):
    return _mock.patch.object(target, name, value, create=True)
