"""Monkey patching that always puts back exactly what was there. Run `kata show monkey-patch`
for the full statement."""


def patch(target, name: str, value):
    """Return an object that is both a context manager and a decorator.

    `with patch(target, name, value) as v:` sets target.<name> = value and gives v = value;
    leaving the block (normally, by return, or by an exception, which propagates unchanged)
    restores the attribute exactly: the very object that was in vars(target) goes back, or the
    attribute is deleted again if it was not in vars(target) (missing, or only inherited).
    Where setattr(target, name, value) raises (a built-in type, a __slots__ object without
    that slot), entering raises exactly that, before reading or changing anything. Patches
    nest, and one patch object may be entered again while it is active.

    `@patch(target, name, value)` on a plain function patches for the duration of each call,
    restores afterwards (also when the call raises), and keeps the function's metadata
    (functools.wraps). Do not use unittest.mock or the mock package."""
    raise NotImplementedError
