"""Rule violation: a marshal round trip, imported inside the function."""


def deep_copy(obj):
    import marshal

    return marshal.loads(marshal.dumps(obj))
