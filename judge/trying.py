"""`kata test`: run the statement's examples, or the learner's own calls, and show what came back.

The run before the submit (LeetCode's "Run", Codewars' "Test"): no hidden test, no measuring,
no verdict — only calls the learner can read. A call line is Python's syntax for calls,
separated by `;`:

    LRUCache(2); put(1, 1); put(2, 2); get(1)
    find_pairs([1, 5, 7, -1, 5], 6)
    support.make_list([3, 2, 0, -4], cycle_at=1); has_cycle(_)

A call of a required name (or `support.<name>` of the kata's support code) runs at module
level; a bare method call runs on the object the previous call returned; `_` stands for what
the previous call returned. A LeetCode problem's calls are written in its names, as the
learner's file defines them (`MyQueue(); push(1); pop()`, `isPalindrome("A man")` or
`Solution().isPalindrome("A man")`). Arguments are literals (numbers, strings, lists, tuples, dicts,
sets, None, True, False) or `_`. The calls still run in the solution process, with the
sandbox and the kata's limits.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from .errors import KataError
from .failures import RemoteError, SubmissionFailure
from .leetcode import kata_names, learner_words
from .model import Kata
from .sandbox.proxy import RemoteModule, RemoteObject, show

PREVIOUS = "_"


@dataclass(frozen=True)
class Call:
    text: str  # as the learner reads it
    target: str  # "module", "support" or "previous"
    name: str
    args: tuple
    kwargs: tuple  # (name, value) pairs; a value may be PREVIOUS_VALUE


class _Previous:
    def __repr__(self) -> str:
        return PREVIOUS


PREVIOUS_VALUE = _Previous()


@dataclass(frozen=True)
class Outcome:
    call: str
    value: object = None
    raised: str = ""  # "ValueError: capacity must be positive", or why the call could not run

    @property
    def returned(self) -> str:
        return show(self.value)


@dataclass(frozen=True)
class Check:
    """An example's last call against what the statement says it gives."""

    passed: bool
    expected: str


def check(outcome: Outcome, expect: str, unordered: bool = False) -> Check:
    """`expect` is a Python literal, or `raises <ExceptionName>`; values compare type for type."""
    from .testing import same

    if expect.startswith("raises "):
        wanted = expect.split(" ", 1)[1].strip()
        return Check(outcome.raised.split(":", 1)[0] == wanted, expect)
    if outcome.raised:
        return Check(False, expect)
    wanted = ast.literal_eval(expect)
    got = outcome.value
    if unordered and type(got) is list and type(wanted) is list:
        return Check(len(got) == len(wanted) and all(any(same(g, w) for g in got) for w in wanted), expect + " (in any order)")
    return Check(same(got, wanted), expect)


def parse_calls(text: str, kata: Kata, where: str = "--call") -> list[Call]:
    """The calls in a line, or a KataError that names the part that is not a call."""
    try:
        tree = ast.parse(text.strip(), mode="exec")
    except SyntaxError as exc:
        raise KataError(f"{where} {_short(text)} is not a sequence of calls: {exc.msg} at column {exc.offset}; "
                        "write calls separated by ';', e.g. \"LRUCache(2); put(1, 1); get(1)\"") from None
    except (ValueError, RecursionError, MemoryError) as exc:  # a null byte, nesting too deep to parse
        raise KataError(f"{where} cannot be read as calls ({type(exc).__name__}); write calls separated by ';'") from None
    aliases = kata_names(kata)  # a LeetCode variant: the learner's names, as its file defines them
    calls = []
    for stmt in tree.body:
        piece = ast.get_source_segment(text.strip(), stmt) or ast.unparse(stmt)
        if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
            raise KataError(f"{where}: {piece!r} is not a call; write name(arguments), e.g. get(1)")
        node = stmt.value
        typed = ast.unparse(node.func)
        if typed in aliases or isinstance(node.func, ast.Name):
            name = aliases.get(typed, typed)
            target = "module" if name in kata.meta.requires else "previous"
            if target == "previous" and not calls:
                say = learner_words(kata)
                known = ", ".join(say(f"{n}(").removesuffix("(") for n in kata.meta.requires)
                raise KataError(f"{where}: {piece!r} calls {typed}, which is not one of the {'problem' if aliases else 'kata'}'s "
                                f"names ({known}); start with one of them")
        elif isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) and node.func.value.id == "support":
            target, name = "support", node.func.attr
        else:
            raise KataError(f"{where}: {piece!r} calls something other than a name; write name(arguments), e.g. get(1)")
        if name.startswith("_") and not (name.startswith("__") and name.endswith("__")):
            raise KataError(f"{where}: {piece!r} calls a private name")
        args = tuple(_literal(a, piece, where) for a in node.args)
        kwargs = tuple((k.arg, _literal(k.value, piece, where)) for k in node.keywords if k.arg is not None)
        if len(kwargs) != len(node.keywords):
            raise KataError(f"{where}: {piece!r} uses **; give each keyword argument by name")
        calls.append(Call(piece, target, name, args, kwargs))
    if not calls:
        raise KataError(f"{where} is empty; write calls separated by ';', e.g. \"LRUCache(2); put(1, 1); get(1)\"")
    return calls


def _short(text: str, most: int = 80) -> str:
    return repr(text if len(text) <= most else text[:most] + "…")


def _literal(node: ast.AST, piece: str, where: str):
    if isinstance(node, ast.Name) and node.id == PREVIOUS:
        return PREVIOUS_VALUE
    if isinstance(node, ast.Starred):
        raise KataError(f"{where}: {piece!r} unpacks with *; write the arguments out")
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        raise KataError(f"{where}: in {piece!r}, {ast.unparse(node)!r} is not a literal "
                        "(numbers, strings, lists, tuples, dicts, sets, None, True, False, or _ for the previous result)") from None


def run_calls(sandbox, calls: list[Call]) -> list[Outcome]:
    """Run the calls in order; an exception is shown and the next line goes on from there."""
    solution, support = RemoteModule(sandbox, "solution"), RemoteModule(sandbox, "support")
    previous = None
    outcomes = []
    for call in calls:
        args = [previous if a is PREVIOUS_VALUE else a for a in call.args]
        kwargs = {k: previous if v is PREVIOUS_VALUE else v for k, v in call.kwargs}
        try:
            if call.target == "previous":
                if not isinstance(previous, RemoteObject):
                    outcomes.append(Outcome(call.text, raised=f"nothing to call {call.name} on: the previous call returned {show(previous)}"))
                    continue
                fn = getattr(previous, call.name)
            else:
                fn = getattr(solution if call.target == "module" else support, call.name)
            value = fn(*args, **kwargs)
        except RemoteError as exc:
            outcomes.append(Outcome(call.text, raised=f"{exc.type_name}: {exc.detail}" if exc.detail else exc.type_name))
            previous = None
            continue
        except SubmissionFailure as exc:
            outcomes.append(Outcome(call.text, raised=exc.message))
            break  # the process is gone
        if isinstance(value, RemoteObject) or call.target != "previous":
            previous = value
        outcomes.append(Outcome(call.text, value=value))
    return outcomes


def examples_of(kata: Kata) -> list[tuple[list[Call], object]]:
    """The kata's visible examples (kata.toml [[examples]]), parsed: (calls, the example); for a
    LeetCode variant, only those its problem asks (`leetcode = false` marks the others)."""
    return [(parse_calls(example.call, kata, where=f"{kata.path / 'kata.toml'} examples[{i}].call"), example)
            for i, example in enumerate(kata.meta.examples) if example.leetcode or kata.variant is None]


def load_for_trying(kata: Kata, path: Path):
    from .opening import open_sandbox

    return open_sandbox(kata, path)
