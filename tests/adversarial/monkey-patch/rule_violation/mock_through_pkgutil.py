# class: other
# why: imports unittest.mock through pkgutil.resolve_name (no import statement, no __import__) and lets mock.patch.object do the exercise; the static rules know that door (pkgutil.resolve_name, runpy, getattr(..., '__import__'), __builtins__), so the honest verdict is given: rule_violation.
import pkgutil

_mock = pkgutil.resolve_name("unittest.mock")


def patch(target, name, value):
    return _mock.patch.object(target, name, value, create=True)
