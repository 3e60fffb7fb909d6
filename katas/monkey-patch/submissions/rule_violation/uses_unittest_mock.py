"""Rule violation: unittest.mock.patch.object does the whole exercise."""

from unittest import mock


def patch(target, name, value):
    return mock.patch.object(target, name, value, create=True)
