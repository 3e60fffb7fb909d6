# class: other
# why: like mock_through_pkgutil, and after the import it removes unittest.mock from sys.modules and from the unittest package, and wraps mock's patcher in a class of its own; the static rules see pkgutil.resolve_name whatever happens after: rule_violation.
import functools
import pkgutil
import sys

_patch_object = pkgutil.resolve_name("unittest.mock").patch.object
sys.modules.pop("unittest.mock", None)
try:
    del sys.modules["unittest"].mock
except (KeyError, AttributeError):
    pass


class _Patch:
    def __init__(self, target, name, value):
        self._args = (target, name, value)
        self._active = []

    def __enter__(self):
        patcher = _patch_object(*self._args, create=True)
        value = patcher.__enter__()
        self._active.append(patcher)
        return value

    def __exit__(self, *exc_info):
        return self._active.pop().__exit__(*exc_info)

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            with self:
                return func(*args, **kwargs)

        return wrapper


def patch(target, name, value):
    return _Patch(target, name, value)
