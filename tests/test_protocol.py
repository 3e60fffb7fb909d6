import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge.sandbox.child import kata_protocol as protocol
from judge.sandbox.child.kata_protocol import Handle, ProtocolError

atoms = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text() | st.binary() | st.complex_numbers(allow_nan=False)
hashable = st.recursive(atoms, lambda inner: st.tuples(inner, inner) | st.frozensets(inner, max_size=3), max_leaves=8)
plain = st.recursive(
    atoms,
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner) | st.dictionaries(hashable, inner, max_size=3) | st.sets(hashable, max_size=3),
    max_leaves=12,
)


def no_handles(obj):
    raise AssertionError(f"unexpected handle for {obj!r}")


def roundtrip(value):
    wire = protocol.dumps({"v": protocol.encode(value, no_handles)})
    return protocol.loads(wire[4:], lambda i, t: Handle(i, t))["v"]


def canon(x):
    """An exact form built here, independent of judge.testing: every value tagged with its type,
    so 1, 1.0 and True differ, and order-free containers compare as sets."""
    t = type(x)
    if t is float and math.isnan(x):
        return ("float", "nan")
    if t in (list, tuple):
        return (t.__name__, tuple(canon(v) for v in x))
    if t in (set, frozenset):
        return (t.__name__, frozenset(canon(v) for v in x))
    if t is dict:
        return ("dict", frozenset((canon(k), canon(v)) for k, v in x.items()))
    return (t.__name__, x)


@given(plain)
def test_plain_data_roundtrips_with_exact_types(value):
    assert canon(roundtrip(value)) == canon(value)


def test_nan_and_infinity():
    assert math.isnan(roundtrip(float("nan")))
    assert roundtrip(float("-inf")) == float("-inf")


def test_subclasses_are_not_plain_data():
    class MyInt(int):
        def __eq__(self, other):
            return True

    handles = []
    encoded = protocol.encode([1, MyInt(2)], lambda o: handles.append(o) or Handle(7, type(o).__qualname__))
    assert encoded[0] == 1 and encoded[1] == {"$h": [7, "test_subclasses_are_not_plain_data.<locals>.MyInt"]}


@pytest.mark.parametrize(
    "body",
    [
        b'{"$d": [["_rid", 1]], "extra": 2}',
        b'{"$evil": 1}',
        b'{"$s": [[1, 2]]}',
        b"[" * 100_000 + b"]" * 100_000,
        b"\xff\xfe",
        b'{"$b": "not base64!"}',
        b'{"__reduce__": "os.system"}',
    ],
)
def test_malformed_messages_are_refused(body):
    with pytest.raises(ProtocolError):
        protocol.loads(body, lambda i, t: Handle(i, t))


def test_message_cap():
    with pytest.raises(ProtocolError, match="cap"):
        protocol.dumps({"v": "x" * (protocol.MAX_MESSAGE + 1)})


def test_depth_cap_does_not_depend_on_the_recursion_limit():
    import sys

    deep = []
    for _ in range(100_000):
        deep = [deep]
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(300_000)
    try:
        with pytest.raises(protocol.TooDeep):
            protocol.encode(deep, no_handles)
    finally:
        sys.setrecursionlimit(old)
