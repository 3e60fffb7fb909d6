"""Rule violation: the mock package (the backport of unittest.mock), with unittest.mock as the
fallback where it is not installed: either one does the whole exercise."""

try:
    import mock
except ImportError:
    from unittest import mock


def patch(target, name, value):
    return mock.patch.object(target, name, value, create=True)
