"""Plain data on the wire: length-prefixed JSON with tags, decoded strictly.

Both sides use this module: the child to answer, the judge to read the answer.
Only None, bool, int, float, complex, str, bytes, list, tuple, dict, set,
frozenset, numpy arrays (dtype, shape, raw bytes), opaque handles to the child's objects
and, from the judge to the child only, references to functions of the judge's (calls the
submission makes into the judge's process, which the judge answers and counts) cross;
every type is checked exactly (a subclass of int is not an int), so no object
of the submission's can reach the judge. Never pickle.
"""

from __future__ import annotations

import base64
import json
import re
import struct

HEADER = struct.Struct(">I")
MAX_MESSAGE = 64 * 1024 * 1024
# Values per message, counted on the wire: every value after the first in a container is
# preceded by a comma, every container opens with a bracket, so commas plus opening brackets
# outside strings bound the objects a decoder builds. A reply under the byte cap can still hold
# millions of tiny values ([[]] * 3_000_000 is 9 MB) that cost the judge gigabytes to build and
# minutes to compare; one million is far above any kata's answer.
MAX_ITEMS = 1_000_000
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
TAGS = ("$t", "$s", "$fs", "$d", "$b", "$c", "$h", "$nd", "$cb")


class ProtocolError(Exception):
    """A message that is not well-formed plain data."""


class TooManyItems(ProtocolError):
    """A message with more than MAX_ITEMS values in it."""


def count_items(body: bytes) -> int:
    """An upper bound on the values and containers in a JSON body (each dict entry counts
    three: its pair, key and value). Strings are skipped only when the quick bound is over the
    cap, so a short message costs three byte scans."""
    quick = body.count(b",") + body.count(b"[") + body.count(b"{")
    if quick <= MAX_ITEMS:
        return quick
    bare = _STRING.sub(b'""', body)
    return bare.count(b",") + bare.count(b"[") + bare.count(b"{")


def check_items(body: bytes) -> None:
    items = count_items(body)
    if items > MAX_ITEMS:
        raise TooManyItems(f"more than {MAX_ITEMS:,} items ({items:,} counted); the judge reads at most {MAX_ITEMS:,} per reply")


class Handle:
    """An opaque reference to an object that stays in the child."""

    __slots__ = ("id", "type_name")

    def __init__(self, id: int, type_name: str) -> None:
        self.id = id
        self.type_name = type_name

    def __eq__(self, other: object) -> bool:
        return type(other) is Handle and other.id == self.id

    def __hash__(self) -> int:
        return hash(("handle", self.id))

    def __repr__(self) -> str:
        return f"<{self.type_name} object>"


class FunctionRef:
    """A function that stays in the judge's process: the child gets a callable whose calls are
    requests to the judge (see kata_harness.JudgeFunction)."""

    __slots__ = ("id", "name")

    def __init__(self, id: int, name: str) -> None:
        self.id = id
        self.name = name


MAX_DEPTH = 400  # nesting that crosses as data; deeper values stay behind a handle


class TooDeep(ValueError):
    """A value nested deeper than MAX_DEPTH: it crosses as a handle instead."""


def encode(value, make_handle, depth: int = 0, budget: list | None = None) -> object:
    """Turn a value into JSON-ready data. `make_handle(obj)` is called for anything not plain.

    The depth cap does not depend on sys.getrecursionlimit(), which a submission can raise:
    the encoder must never recurse deep enough to overflow the C stack. The item cap stops
    the encoder as soon as a value holds more than MAX_ITEMS items, before it spends seconds
    encoding millions of them (TooManyItems)."""
    if depth > MAX_DEPTH:
        raise TooDeep(f"nested more than {MAX_DEPTH} levels deep")
    t = type(value)
    if value is None or t is bool or t is int or t is str or t is float:
        return value
    if t is Handle:
        return {"$h": [value.id, value.type_name]}
    d = depth + 1
    if t in (list, tuple, set, frozenset, dict):
        if budget is None:
            budget = [MAX_ITEMS]
        budget[0] -= len(value) * (2 if t is dict else 1) + 1
        if budget[0] < 0:
            raise TooManyItems(f"more than {MAX_ITEMS:,} items; the judge reads at most {MAX_ITEMS:,} per reply")
    if t is list:
        return [encode(v, make_handle, d, budget) for v in value]
    if t is tuple:
        return {"$t": [encode(v, make_handle, d, budget) for v in value]}
    if t is set:
        return {"$s": [encode(v, make_handle, d, budget) for v in value]}
    if t is frozenset:
        return {"$fs": [encode(v, make_handle, d, budget) for v in value]}
    if t is dict:
        return {"$d": [[encode(k, make_handle, d, budget), encode(v, make_handle, d, budget)] for k, v in value.items()]}
    if t is bytes:
        return {"$b": base64.b64encode(value).decode("ascii")}
    if t is complex:
        return {"$c": [value.real, value.imag]}
    if t.__module__ == "numpy" and t.__name__ == "ndarray" and value.dtype.kind in "biufc":
        return {"$nd": [value.dtype.str, list(value.shape), base64.b64encode(value.tobytes()).decode("ascii")]}
    handle = make_handle(value)
    if type(handle) is FunctionRef:
        return {"$cb": [handle.id, handle.name]}
    return {"$h": [handle.id, handle.type_name]}


def _decoder(resolve_handle, resolve_function=None):
    def hook(obj: dict):
        if len(obj) != 1:
            raise ProtocolError(f"an object with keys {sorted(obj)[:5]} is not plain data")
        ((tag, payload),) = obj.items()
        if tag == "$t" and type(payload) is list:
            return tuple(payload)
        if tag == "$s" and type(payload) is list:
            return set(payload)
        if tag == "$fs" and type(payload) is list:
            return frozenset(payload)
        if tag == "$d" and type(payload) is list:
            if not all(type(p) is list and len(p) == 2 for p in payload):
                raise ProtocolError("a dict entry is not a pair")
            return {k: v for k, v in payload}
        if tag == "$b" and type(payload) is str:
            return base64.b64decode(payload, validate=True)
        if tag == "$c" and type(payload) is list and len(payload) == 2 and all(type(x) in (int, float) for x in payload):
            return complex(payload[0], payload[1])
        if tag == "$h" and type(payload) is list and len(payload) == 2 and type(payload[0]) is int and type(payload[1]) is str:
            return resolve_handle(payload[0], payload[1][:200])
        if tag == "$cb" and resolve_function is not None and type(payload) is list and len(payload) == 2 \
                and type(payload[0]) is int and type(payload[1]) is str:
            return resolve_function(payload[0], payload[1][:200])
        if tag == "$nd" and type(payload) is list and len(payload) == 3:
            import numpy  # only when an array actually crosses

            dtype, shape, data = payload
            if type(dtype) is not str or type(data) is not str or type(shape) is not list \
                    or not all(type(n) is int and 0 <= n for n in shape) or len(shape) > 32:
                raise ProtocolError("an array is not dtype, shape and bytes")
            try:  # whatever claims to be an array: its parts must agree, or it is not one
                kind = numpy.dtype(dtype)
                if kind.kind not in "biufc" or kind.fields is not None or kind.subdtype is not None:
                    raise ProtocolError(f"array dtype {dtype!r} is not plain numbers")
                return numpy.frombuffer(base64.b64decode(data, validate=True), dtype=kind).reshape(shape).copy()
            except (TypeError, ValueError, OverflowError) as exc:
                raise ProtocolError(f"an array whose parts disagree ({type(exc).__name__}: {str(exc)[:120]})") from None
        raise ProtocolError(f"unknown tag {tag!r}")

    return hook


def dumps(fields: dict) -> bytes:
    """Frame a message whose values are already encoded (see `encode`); keys are plain strings."""
    message = {"$d": [[key, value] for key, value in fields.items()]}
    body = json.dumps(message, separators=(",", ":"), allow_nan=True).encode("utf-8")
    if len(body) > MAX_MESSAGE:
        raise ProtocolError(f"a value of {len(body):,} bytes, over the {MAX_MESSAGE:,}-byte cap of a message")
    check_items(body)
    return HEADER.pack(len(body)) + body


def loads(body: bytes, resolve_handle, resolve_function=None):
    """Decode one message, refusing it before building anything if it holds too many values.
    Without `resolve_function` (the judge reading the child), a function reference is malformed."""
    check_items(body)
    try:
        return json.loads(body.decode("utf-8"), object_hook=_decoder(resolve_handle, resolve_function))
    except ProtocolError:
        raise
    except (ValueError, TypeError, RecursionError, UnicodeDecodeError, OverflowError) as exc:
        raise ProtocolError(f"not plain data: {type(exc).__name__}: {str(exc)[:200]}") from None
