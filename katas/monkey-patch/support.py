"""Runs in the solution process: the judge's targets and a small interpreter of steps.

The targets live here because patching happens here: a real module `settings`, a class
`Config` with a staticmethod, a classmethod, a property, a plain method and a class
attribute, an instance `config`, a base class `Base` and a subclass `Child`, a `__slots__`
instance `point` (whose attribute reads are recorded), and the built-in type `int`. Every
scene builds them anew.

`run(steps)` carries out steps such as ["patch", "p1", "Config", "load", "fake_load"],
["enter", "b1", "p1"], ["raise", "b1"], ["call", "c1", "p1", True] with the submission's
`patch`, and after each one reports, as plain data, what every watched attribute looks like:
whether it is in vars(target), which object is there (by identity: the original, or one of
the judge's values), what getattr and hasattr say. A `with` block stays open between steps
because it lives in a generator: `next` leaves it normally, `throw` raises inside it.
The judge's process compares all of this with its model (tests/conftest.py).
"""

# Bound here, before the submission is imported: a submission that replaces builtins.vars
# or builtins.getattr afterwards cannot change what the judge observes.
from builtins import (AttributeError, Exception, StopIteration, bool, classmethod, dict, getattr, hasattr, int, len,
                      list, next, object, property, repr, reversed, setattr, staticmethod, str, type, vars)
import sys
import types
from gc import get_objects

from kata_workload import describe_exception

FunctionType = types.FunctionType
MethodType = types.MethodType
ModuleType = types.ModuleType

# The attributes the judge patches and watches: key -> (target, attribute name).
PAIRS = {
    "settings.timeout": ("settings", "timeout"),
    "settings.cache": ("settings", "cache"),
    "settings.connect": ("settings", "connect"),
    "settings.missing_flag": ("settings", "missing_flag"),
    "Config.load": ("Config", "load"),
    "Config.create": ("Config", "create"),
    "Config.size": ("Config", "size"),
    "Config.describe": ("Config", "describe"),
    "Config.retries": ("Config", "retries"),
    "Config.extra": ("Config", "extra"),
    "config.name": ("config", "name"),
    "config.retries": ("config", "retries"),
    "config.describe": ("config", "describe"),
    "Base.level": ("Base", "level"),
    "Child.level": ("Child", "level"),
}
# Targets that refuse the attribute: setattr raises, and so must entering the patch.
REFUSING = ("int", "point")
FORBIDDEN_MODULES = ("unittest.mock", "mock")
MISSING = object()
MODULES = sys.modules  # the interpreter's own dict, whatever sys.modules is rebound to later


class Marker:
    """A value the judge patches in: a plain object known by its label (no __get__, so
    getattr returns it as it is, on a class or an instance)."""

    __slots__ = ("label",)

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


class BlockError(Exception):
    """What the judge raises inside a `with` block."""


class FuncError(Exception):
    """What the judge's decorated functions raise."""


# the targets -------------------------------------------------------------------------
def _build(reads):
    settings = ModuleType("settings")
    settings.__doc__ = "The judge's settings module."
    settings.timeout = 30
    settings.cache = None

    def connect(host):
        return "connected to " + host

    settings.connect = connect

    class Config:
        retries = 3

        def __init__(self):
            self.name = "main"

        @staticmethod
        def load(path):
            return "loaded " + path

        @classmethod
        def create(cls):
            return cls()

        @property
        def size(self):
            return 1

        def describe(self):
            return "config " + self.name

    class Base:
        level = 1

    class Child(Base):
        pass

    class Point:
        __slots__ = ("x", "y")
        dims = 2

        def __init__(self, x, y):
            self.x = x
            self.y = y

        def __getattribute__(self, attr):
            reads.append(attr)
            return object.__getattribute__(self, attr)

    for cls in (Config, Base, Child, Point):
        cls.__qualname__ = cls.__name__
        cls.__module__ = "settings"

    return {
        "settings": settings,
        "Config": Config,
        "config": Config(),
        "Base": Base,
        "Child": Child,
        "point": Point(1, 2),
        "int": int,
    }


class Scene:
    def __init__(self):
        self.reads = []
        self.targets = _build(self.reads)
        self.originals = {}
        for key, (tname, name) in PAIRS.items():
            self.originals[key] = vars(self.targets[tname]).get(name, MISSING)
        self.values = {}  # label -> Marker
        self.patches = {}  # pid -> (patch object, target name, attribute name, value)
        self.blocks = {}  # bid -> the generator holding the open with-block
        self.order = []  # open bids, in the order they were entered
        self.baseline = self.observe()

    def value(self, label):
        if label is None:
            return None
        marker = self.values.get(label)
        if marker is None:
            marker = self.values[label] = Marker(label)
        return marker

    def describe(self, obj):
        if obj is None:
            return "None"
        kind = type(obj)
        if kind is Marker and self.values.get(obj.label) is obj:
            return obj.label
        if kind is staticmethod:
            return "a staticmethod"
        if kind is classmethod:
            return "a classmethod"
        if kind is property:
            return "a property"
        if kind is FunctionType:
            return "a function"
        if kind is MethodType:
            return "a bound method"
        if kind is int or kind is str or kind is bool:
            return repr(obj)
        return "an object of type " + kind.__name__

    def identify(self, key, obj):
        """Which of the judge's objects `obj` is, by identity (several when None is both)."""
        found = []
        if obj is self.originals[key]:
            found.append("original")
        if obj is None:
            found.append("None")
        elif type(obj) is Marker and self.values.get(obj.label) is obj:
            found.append(obj.label)
        return found

    def observe(self):
        state = {}
        for key, (tname, name) in PAIRS.items():
            target = self.targets[tname]
            namespace = vars(target)
            if name in namespace:
                entry = namespace[name]
                seen = {"in_vars": True, "entry": self.describe(entry), "is": self.identify(key, entry)}
            else:
                seen = {"in_vars": False, "entry": None, "is": []}
            try:
                seen["get"] = self.describe(getattr(target, name))
            except AttributeError:
                seen["get"] = None
            except Exception as exc:
                seen["get"] = "an error (" + type(exc).__name__ + ")"
            seen["has"] = hasattr(target, name)
            state[key] = seen
        return state

    def refused_state(self, tname, name):
        """What a refusing target looks like (read after the reads were collected)."""
        target = self.targets[tname]
        if tname == "int":
            return {"in_vars": name in vars(int), "has": hasattr(int, name)}
        return {"x": object.__getattribute__(target, "x"), "y": object.__getattribute__(target, "y"),
                "has": hasattr(target, name)}

    def setattr_raises(self, tname, name, value):
        """What setattr raises on this kind of target (a twin point, so nothing here changes)."""
        target = int if tname == "int" else _build([])["point"]
        try:
            setattr(target, name, value)
        except Exception as exc:
            return {"type": type(exc).__name__, "message": str(exc)}
        return None

    def close(self):
        """Leave every block still open, innermost first, whatever the submission does."""
        for bid in reversed(self.order):
            gen = self.blocks.pop(bid, None)
            try:
                if gen is not None:
                    gen.close()
            except Exception:
                pass
        self.order = []


_scene = [None]


def _block(patcher):
    with patcher as got:
        yield got


def _describe_call(exc):
    return describe_exception(exc)


# the steps ---------------------------------------------------------------------------
def _patch(scene, pid, tname, name, label):
    value = scene.value(label)
    try:
        made = MODULES["solution"].patch(scene.targets[tname], name, value)
    except Exception as exc:
        return {"raised": describe_exception(exc)}
    scene.patches[pid] = (made, tname, name, value)
    return {"made": True}


def _enter(scene, bid, pid):
    if pid not in scene.patches:
        return {"skipped": True}
    made, tname, name, value = scene.patches[pid]
    refusing = tname in REFUSING
    if refusing:
        expected = scene.setattr_raises(tname, name, value)
        before = scene.refused_state(tname, name)
        del scene.reads[:]
    gen = _block(made)
    try:
        got = next(gen)
    except Exception as exc:
        outcome = {"raised": describe_exception(exc)}
    else:
        scene.blocks[bid] = gen
        scene.order.append(bid)
        outcome = {"returned": scene.describe(got), "same": got is value}
    if refusing:
        outcome["reads"] = len([attr for attr in scene.reads if attr == name])
        outcome["expected"] = expected
        outcome["before"] = before
        outcome["after"] = scene.refused_state(tname, name)
    return outcome


def _leave(scene, bid, raising):
    gen = scene.blocks.pop(bid, None)
    if gen is None:
        return {"skipped": True}
    scene.order.remove(bid)
    if not raising:
        try:
            next(gen)
        except StopIteration:
            return {"left": True}
        except Exception as exc:
            return {"raised": describe_exception(exc)}
        return {"raised": {"type": "RuntimeError", "mro": ["RuntimeError"], "message": "the with block ran twice",
                           "traceback": "", "recursion": False}}
    error = BlockError("raised in block " + bid)
    try:
        gen.throw(error)
    except StopIteration:
        return {"swallowed": True}
    except Exception as exc:
        if exc is error:
            return {"propagated": True}
        return {"other": {"type": type(exc).__name__, "message": str(exc)}, "same_type": type(exc) is BlockError,
                "chained": exc.__cause__ is error or exc.__context__ is error}
    return {"swallowed": True}


def _call(scene, cid, pid, fails):
    if pid not in scene.patches:
        return {"skipped": True}
    made = scene.patches[pid][0]
    inside = []
    received = []
    result = Marker("the result of " + cid)
    error = FuncError("raised by " + cid)

    def job(*args, **kwargs):
        """The judge's function, decorated with a patch."""
        received.append([list(args), dict(kwargs)])
        inside.append(scene.observe())
        if fails:
            raise error
        return result

    try:
        decorated = made(job)
    except Exception as exc:
        return {"decorating_raised": describe_exception(exc)}
    outcome = {"decorated": scene.observe(), "inside": inside, "received": received}
    try:
        got = decorated(1, "two", key=3)
    except Exception as exc:
        if fails and exc is error:
            outcome["raised_same"] = True
        elif fails:
            outcome["raised_other"] = {"type": type(exc).__name__, "message": str(exc)}
        else:
            outcome["raised"] = describe_exception(exc)
    else:
        outcome["returned_same"] = got is result
        outcome["returned"] = "the function's result" if got is result else scene.describe(got)
    return outcome


def _recurse(scene, pid, depth, fails):
    if pid not in scene.patches:
        return {"skipped": True}
    made = scene.patches[pid][0]
    levels = []
    error = FuncError("raised at the innermost level")

    def job(n):
        levels.append(["entered", n, scene.observe()])
        if n > 1:
            decorated(n - 1)
            levels.append(["back", n, scene.observe()])
        elif fails:
            raise error
        return n

    try:
        decorated = made(job)
    except Exception as exc:
        return {"decorating_raised": describe_exception(exc)}
    outcome = {"levels": levels}
    try:
        got = decorated(depth)
    except Exception as exc:
        if fails and exc is error:
            outcome["raised_same"] = True
        elif fails:
            outcome["raised_other"] = {"type": type(exc).__name__, "message": str(exc)}
        else:
            outcome["raised"] = describe_exception(exc)
    else:
        outcome["returned_same"] = got == depth and type(got) is int
        outcome["returned"] = scene.describe(got)
    return outcome


def _step(scene, step):
    kind = step[0]
    if kind == "patch":
        return _patch(scene, step[1], step[2], step[3], step[4])
    if kind == "enter":
        return _enter(scene, step[1], step[2])
    if kind == "leave":
        return _leave(scene, step[1], False)
    if kind == "raise":
        return _leave(scene, step[1], True)
    if kind == "call":
        return _call(scene, step[1], step[2], step[3])
    if kind == "recurse":
        return _recurse(scene, step[1], step[2], step[3])
    raise ValueError("unknown step " + repr(step))


def _forbidden_loaded(deep=False):
    """The forbidden modules loaded in this process: by name in sys.modules (cheap, after every
    run), and, with deep, by their module dictionaries anywhere in memory, so that an import
    dodging the static rules (pkgutil.resolve_name) and then dropped from sys.modules shows too."""
    found = [name for name in FORBIDDEN_MODULES if name in MODULES]
    if getattr(MODULES.get("unittest"), "mock", None) is not None and "unittest.mock" not in found:
        found.append("unittest.mock")
    if deep:
        for obj in get_objects():
            if type(obj) is dict and "__spec__" in obj:
                name = obj.get("__name__")
                if type(name) is str and name in FORBIDDEN_MODULES and name not in found:
                    found.append(name)
    return found


# what the hidden tests call ------------------------------------------------------------
def new_scene():
    """Fresh targets (the previous scene's open blocks are left first); their state before any patch."""
    if _scene[0] is not None:
        _scene[0].close()
    _scene[0] = Scene()
    return {"baseline": _scene[0].baseline, "forbidden": _forbidden_loaded(deep=True)}


def run(steps, fresh=True):
    """Carry out the steps (on a fresh scene unless fresh is False); after each, the outcome
    and the state of every watched attribute."""
    if fresh or _scene[0] is None:
        new_scene()
    scene = _scene[0]
    records = []
    for step in steps:
        outcome = _step(scene, step)
        records.append({"outcome": outcome, "state": scene.observe()})
    return {"baseline": scene.baseline, "records": records, "forbidden": _forbidden_loaded(deep=fresh)}


def decorator_metadata():
    """The wrapper @patch(...) makes of a function: its metadata next to the function's own."""
    scene = Scene()

    def load_profile(name, *, strict=False):
        """Load the named profile."""
        return name

    load_profile.__module__ = "profiles"
    made = MODULES["solution"].patch(scene.targets["settings"], "timeout", scene.value("v1"))
    wrapped = made(load_profile)
    missing = object()
    found = {}
    for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
        got = getattr(wrapped, attr, missing)
        found[attr] = ["(missing)" if got is missing else got if type(got) is str or got is None else repr(got),
                       getattr(load_profile, attr)]
    inner = getattr(wrapped, "__wrapped__", missing)
    found["__wrapped__"] = "missing" if inner is missing else "the function" if inner is load_profile else "another object"
    return found


# the statement's examples, for `kata test` -----------------------------------------------------
def statement_example(name):
    """One example of the statement, run on fresh objects with the submission's patch; returns
    the values its comments show, in order."""
    patch = sys.modules["solution"].patch
    settings = types.ModuleType("settings")
    settings.timeout = 30

    class Config:
        retries = 3

        @staticmethod
        def load(path):
            return "loaded " + path

    class Child(Config):
        pass

    if name == "timeout":
        with patch(settings, "timeout", 5) as v:
            inside = (v, settings.timeout)
        return (*inside, settings.timeout)
    if name == "staticmethod":
        saved = vars(Config)["load"]
        with patch(Config, "load", lambda path: "fake"):
            got = Config.load("x")
        return (got, vars(Config)["load"] is saved)
    if name == "inherited":
        with patch(Child, "retries", 0):
            inside = Child.retries
        kept = "retries" in vars(Child)
        Config.retries = 4
        return (inside, kept, Child.retries)
    if name == "missing":
        with patch(settings, "debug", True):
            pass
        return hasattr(settings, "debug")
    if name == "raises":
        boom = KeyError("boom")
        try:
            with patch(settings, "timeout", 5):
                raise boom
        except KeyError as exc:
            same = exc is boom
        return (same, settings.timeout)
    if name == "nested":
        seen = []
        p = patch(settings, "timeout", 5)
        with p:
            with patch(settings, "timeout", 1):
                with p:
                    seen.append(settings.timeout)
                seen.append(settings.timeout)
            seen.append(settings.timeout)
        seen.append(settings.timeout)
        return tuple(seen)
    if name == "decorator":
        @patch(settings, "timeout", 0)
        def countdown(n):
            """Count down with no timeout."""
            return settings.timeout if n == 0 else countdown(n - 1)

        return (countdown(3), settings.timeout, countdown.__name__, countdown.__doc__)
    if name == "builtin":
        with patch(int, "answer", 42):
            return "entered"
    raise KeyError(f"no example named {name!r}")
