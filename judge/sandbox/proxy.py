"""Proxies that let hidden tests read naturally while the submission stays in its process.

`solution.LRUCache(2).put(1, 1)` sends two requests; what comes back is plain data
or another proxy. Every object remembers the calls made on it, so a wrong answer
can be shown as the sequence of calls that produced it.
"""

from __future__ import annotations

import reprlib

from ..failures import SubmissionFailure, WrongAnswer
from ..verdict import Verdict
from .child.kata_protocol import Handle
from .process import Sandbox

_short = reprlib.Repr()
_short.maxlist = _short.maxtuple = _short.maxset = _short.maxfrozenset = _short.maxdict = 8
_short.maxstring = _short.maxother = 60
_short.maxlevel = 4


PLAIN_TYPES = {"list", "tuple", "dict", "set", "frozenset"}


def show(value) -> str:
    """A short, readable repr for feedback."""
    value = plain(value)
    if isinstance(value, RemoteObject):
        return describe_remote(value._kata_handle)
    if isinstance(value, Handle):
        return describe_remote(value)
    return _short.repr(value)


def describe_remote(handle: Handle) -> str:
    if handle.type_name in PLAIN_TYPES:
        return f"a {handle.type_name} too deeply nested (or cyclic) to be read as data"
    return f"an object of type {handle.type_name}"


def _arg(value) -> str:
    """An argument in a call transcript: a proxy shows as the call that made it."""
    return value._kata_name if isinstance(value, RemoteObject) else show(value)


def show_call(name: str, args: tuple, kwargs: dict) -> str:
    parts = [_arg(a) for a in args] + [f"{k}={_arg(v)}" for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


def to_wire(value):
    """Replace proxies by the handles they stand for, recursively through containers."""
    value = plain(value)
    if isinstance(value, RemoteObject):
        return value._kata_handle
    t = type(value)
    if t is list:
        return [to_wire(v) for v in value]
    if t is tuple:
        return tuple(to_wire(v) for v in value)
    if t is dict:
        return {to_wire(k): to_wire(v) for k, v in value.items()}
    return value


class RemoteObject:
    """An object living in the solution process."""

    __slots__ = ("_kata_sandbox", "_kata_handle", "_kata_name", "_kata_history", "_kata_methods")

    def __init__(self, sandbox: Sandbox, handle: Handle, name: str, history: list[str]) -> None:
        object.__setattr__(self, "_kata_sandbox", sandbox)
        object.__setattr__(self, "_kata_handle", handle)
        object.__setattr__(self, "_kata_name", name)
        object.__setattr__(self, "_kata_history", history)
        object.__setattr__(self, "_kata_methods", set())
        sandbox.retain(handle.id)

    @property
    def history(self) -> list[str]:
        return list(self._kata_history)

    def _call(self, name: str, args: tuple, kwargs: dict):
        shown = show_call(name, args, kwargs)
        self._kata_history.append(shown)
        text = "; ".join(self._kata_history)
        value = self._kata_sandbox.request(
            "call", {"obj": self._kata_handle, "name": name, "args": to_wire(list(args)), "kwargs": to_wire(list(kwargs.items()))}, call=text
        )
        return wrap(self._kata_sandbox, value, history=[shown], name=shown)

    def __getattr__(self, name: str):
        if name.startswith("_kata"):
            raise AttributeError(name)
        if name in self._kata_methods:
            return _Method(self, name)
        value = self._kata_sandbox.request(
            "getattr", {"obj": self._kata_handle, "name": name}, call=f"{self._kata_name}.{name}"
        )
        if type(value) is dict and value == {"$m": True}:
            self._kata_methods.add(name)
            return _Method(self, name)
        value = wrap(self._kata_sandbox, value, history=[f"{self._kata_name}.{name}"], name=f"{self._kata_name}.{name}")
        return value if isinstance(value, RemoteObject) else DataAttribute(value, self._kata_handle.type_name, name)

    def __call__(self, *args, **kwargs):
        shown = show_call(self._kata_name, args, kwargs)
        value = self._kata_sandbox.request(
            "call", {"obj": self._kata_handle, "args": to_wire(list(args)), "kwargs": to_wire(list(kwargs.items()))}, call=shown
        )
        return wrap(self._kata_sandbox, value, history=[shown], name=shown)

    def __len__(self) -> int:
        value = self._call("__len__", (), {})
        if type(value) is not int:
            raise WrongAnswer(f"len() of {self._kata_name} returned {show(value)}, which is not an int")
        return value

    def len(self):
        """len() without the int check, for tests that want to judge the type themselves."""
        return self._call("__len__", (), {})

    def contains(self, item):
        return self._call("__contains__", (item,), {})

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError("remote objects are read-only from the judge; call a method instead")

    def __repr__(self) -> str:
        return self._kata_name

    def __bool__(self) -> bool:
        return True

    def __del__(self) -> None:
        # Only a list append: safe whenever the collector runs, even in the middle of a request.
        try:
            self._kata_sandbox.drop(self._kata_handle.id)
        except Exception:
            pass


class _Method:
    __slots__ = ("owner", "name")

    def __init__(self, owner: RemoteObject, name: str) -> None:
        self.owner = owner
        self.name = name

    def __call__(self, *args, **kwargs):
        return self.owner._call(self.name, args, kwargs)


class DataAttribute:
    """A plain-data attribute of a remote object, such as `q.is_empty` defined with @property.

    Calling it is the submission's fault, not the hidden test's: the contract asked for a
    method and the submission made it a value, so the call fails with the submission's
    runtime_error naming the attribute (rather than the judge's TypeError). Used as data it
    stands for its value: ==, bool, hash, len, iteration, indexing, and `expect`/`same`/`show`
    see through it; `.value` is the value itself."""

    __slots__ = ("value", "owner_type", "name")

    def __init__(self, value, owner_type: str, name: str) -> None:
        self.value = value
        self.owner_type = owner_type
        self.name = name

    def __call__(self, *args, **kwargs):
        kind = type(self.value).__name__ if self.value is not None else "None"
        raise SubmissionFailure(
            Verdict.RUNTIME_ERROR,
            f"{self.owner_type}.{self.name} is {'an' if kind[:1] in 'aeiou' else 'a'} {kind} attribute, not a method: "
            f"the contract asks for a method {self.name}() (a @property or a plain attribute cannot be called)",
        )

    def __eq__(self, other):
        return self.value == plain(other)

    def __ne__(self, other):
        return self.value != plain(other)

    def __hash__(self):
        return hash(self.value)

    def __bool__(self):
        return bool(self.value)

    def __len__(self):
        return len(self.value)

    def __iter__(self):
        return iter(self.value)

    def __getitem__(self, key):
        return self.value[key]

    def __contains__(self, item):
        return item in self.value

    def __index__(self):
        return self.value.__index__()

    def __repr__(self) -> str:
        return repr(self.value)


def plain(value):
    """The value a DataAttribute stands for; anything else as it is."""
    return value.value if type(value) is DataAttribute else value


class RemoteModule:
    """A module in the solution process: the submission (`solution`) or the kata's support code."""

    def __init__(self, sandbox: Sandbox, module: str) -> None:
        self._sandbox = sandbox
        self._module = module

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return _ModuleMember(self._sandbox, self._module, name)


class _ModuleMember:
    __slots__ = ("sandbox", "module", "name")

    def __init__(self, sandbox: Sandbox, module: str, name: str) -> None:
        self.sandbox = sandbox
        self.module = module
        self.name = name

    def __call__(self, *args, **kwargs):
        shown = show_call(self.name, args, kwargs)
        value = self.sandbox.request(
            "call", {"obj": self.module, "name": self.name, "args": to_wire(list(args)), "kwargs": to_wire(list(kwargs.items()))}, call=shown
        )
        return wrap(self.sandbox, value, history=[shown], name=shown)

    def unchanged(self, *args, **kwargs):
        """Call, and return (result, indices of the positional arguments the call changed)."""
        shown = show_call(self.name, args, kwargs)
        reply = self.sandbox.request(
            "call_unchanged", {"obj": self.module, "name": self.name, "args": to_wire(list(args)), "kwargs": to_wire(list(kwargs.items()))}, call=shown
        )
        return wrap(self.sandbox, reply["result"], history=[shown], name=shown), reply["changed"]

    def value(self):
        """The attribute's value itself (a constant, or a proxy)."""
        value = self.sandbox.request("getattr", {"obj": self.module, "name": self.name}, call=f"{self.name}")
        return wrap(self.sandbox, value, history=[self.name], name=self.name)


def wrap(sandbox: Sandbox, value, *, history: list[str], name: str):
    """Plain data stays as it is; handles become RemoteObjects (also inside containers)."""
    if isinstance(value, Handle):
        return RemoteObject(sandbox, value, name if "(" in name else f"<{value.type_name}>", history)
    t = type(value)
    if t is list and any(isinstance(v, Handle) for v in value):
        return [wrap(sandbox, v, history=[f"<{v.type_name}>"] if isinstance(v, Handle) else [], name=f"<{v.type_name}>" if isinstance(v, Handle) else "") for v in value]
    return value
