"""Flatten a nested list of any depth. Run `kata show flatten` for the full statement."""


def flatten(nested: list) -> list:
    """The non-list items of `nested`, in left-to-right order, at any depth (100,000 levels included).

    Only `list` instances are opened: tuples, strings, dicts and None are items. Empty lists vanish.
    `nested` is not changed.
    """
    raise NotImplementedError
