"""Rule violation: a pickle round trip (it keeps shared parts and cycles, but it is not a copy by hand)."""

import pickle


def deep_copy(obj):
    return pickle.loads(pickle.dumps(obj))
