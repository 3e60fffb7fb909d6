"""Rule violation: a JSON round trip (which would also turn tuples into lists and fail on sets and cycles)."""

import json as serialiser


def deep_copy(obj):
    return serialiser.loads(serialiser.dumps(obj))
