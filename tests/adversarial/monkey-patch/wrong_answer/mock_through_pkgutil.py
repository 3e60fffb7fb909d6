# class: other
# why: imports unittest.mock through pkgutil.resolve_name, which the static rules do not see (no import statement, no __import__), and lets mock.patch.object do the exercise; support.py finds unittest.mock loaded in the solution process and the hidden tests reject it with wrong_answer, the only verdict a hidden test can give (the honest one would be rule_violation, which judge.testing cannot raise).
import pkgutil

_mock = pkgutil.resolve_name("unittest.mock")


def patch(target, name, value):
    return _mock.patch.object(target, name, value, create=True)
