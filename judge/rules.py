"""Forbidden constructs, found statically in the submission's syntax tree.

Imports are resolved through aliases (`import collections as c; c.OrderedDict`,
`from collections import OrderedDict as OD`), so renaming does not slip through;
dynamic imports and eval/exec, which would hide a construct from this check, are
forbidden wherever a kata forbids anything.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from .model import Forbidden

DYNAMIC = {"__import__", "eval", "exec", "compile", "__builtins__"}
DYNAMIC_QUALIFIED = {"importlib.import_module", "importlib.__import__", "builtins.__import__", "builtins.eval", "builtins.exec",
                     "pkgutil.resolve_name", "importlib.util.module_from_spec", "runpy.run_module", "runpy.run_path"}


@dataclass(frozen=True)
class Violation:
    line: int
    construct: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.construct} is not allowed here. {self.message}"


def _qualified(node: ast.AST, aliases: dict[str, str]) -> str | None:
    """The dotted name an expression refers to, through import aliases; None if it is not a name."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    base = aliases.get(node.id, node.id)
    return ".".join([base, *reversed(parts)])


def _under(qualified: str, prefix: str) -> bool:
    return qualified == prefix or qualified.startswith(prefix + ".")


class _Finder(ast.NodeVisitor):
    def __init__(self, rules: list[Forbidden]) -> None:
        self.rules = rules
        self.aliases: dict[str, str] = {}
        self.found: list[Violation] = []

    def _add(self, node: ast.AST, construct: str, message: str) -> None:
        self.found.append(Violation(getattr(node, "lineno", 0), construct, message))

    def _check_qualified(self, node: ast.AST, qualified: str) -> None:
        for rule in self.rules:
            if rule.module and _under(qualified, rule.module):
                self._add(node, qualified, rule.message)
            elif rule.name and _under(qualified, rule.name):
                self._add(node, rule.name, rule.message)
            elif rule.builtin and qualified in (rule.builtin, f"builtins.{rule.builtin}"):
                self._add(node, f"{rule.builtin}()", rule.message)

    # imports -------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.asname:
                self.aliases[alias.asname] = alias.name
            else:
                root = alias.name.split(".")[0]
                self.aliases[root] = root
            self._check_qualified(node, alias.name)
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = "." * node.level + (node.module or "")
        for alias in node.names:
            if alias.name == "*":
                self._check_qualified(node, module)
                for rule in self.rules:
                    if rule.name and rule.name.rsplit(".", 1)[0] == module:
                        self._add(node, f"from {module} import *", rule.message)
                continue
            full = f"{module}.{alias.name}"
            self.aliases[alias.asname or alias.name] = full
            self._check_qualified(node, full)
        self.generic_visit(node)

    # names and calls -----------------------------------------------------
    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Load):
            qualified = self.aliases.get(node.id, node.id)
            if node.id in self.aliases:
                self._check_qualified(node, qualified)
            else:
                for rule in self.rules:
                    if rule.builtin == node.id:
                        self._add(node, f"{node.id}()", rule.message)
            if self.rules and (node.id in DYNAMIC or qualified in DYNAMIC_QUALIFIED):
                self._add(node, node.id, "eval, exec, compile and dynamic imports would hide code from the judge's rules; write the code directly.")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        qualified = _qualified(node, self.aliases)
        if qualified is not None:
            base = node
            while isinstance(base, ast.Attribute):
                base = base.value
            if base.id in self.aliases or base.id == "builtins":
                self._check_qualified(node, qualified)
            if self.rules and qualified in DYNAMIC_QUALIFIED:
                self._add(node, qualified, "eval, exec, compile and dynamic imports would hide code from the judge's rules; write the code directly.")
            # Do not descend: the chain was checked whole (its prefix is a module, not a use).
            if isinstance(node.value, (ast.Name, ast.Attribute)):
                return
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if (self.rules and isinstance(func, ast.Name) and func.id == "getattr" and len(node.args) >= 2
                and isinstance(node.args[1], ast.Constant) and node.args[1].value in DYNAMIC):
            self._add(node, f"getattr(…, {node.args[1].value!r})",
                      "eval, exec, compile and dynamic imports would hide code from the judge's rules; write the code directly.")
        for rule in self.rules:
            if rule.method is None:
                continue
            name = None
            if isinstance(func, ast.Attribute):
                name = func.attr
            elif (
                isinstance(func, ast.Call)
                and isinstance(func.func, ast.Name)
                and func.func.id == "getattr"
                and len(func.args) >= 2
                and isinstance(func.args[1], ast.Constant)
            ):
                name = func.args[1].value
            if name != rule.method:
                continue
            # args are a prefix: args = [0] matches .pop(0) and .insert(0, x)
            if rule.args is None or (
                len(node.args) >= len(rule.args)
                and all(isinstance(a, ast.Constant) and a.value == want and type(a.value) is type(want) for a, want in zip(node.args, rule.args))
            ):
                shown = ", ".join([*(repr(a) for a in rule.args), "…"][: max(1, len(node.args))]) if rule.args is not None else "…"
                self._add(node, f".{rule.method}({shown})", rule.message)
        self.generic_visit(node)

    # displays ------------------------------------------------------------
    def _syntax(self, node: ast.AST, kind: str, shown: str) -> None:
        for rule in self.rules:
            if rule.syntax == kind:
                self._add(node, shown, rule.message)
        self.generic_visit(node)

    def visit_Dict(self, node: ast.Dict) -> None:
        self._syntax(node, "dict_display", "a dict display {…}")

    def visit_Set(self, node: ast.Set) -> None:
        self._syntax(node, "set_display", "a set display {…}")

    def visit_DictComp(self, node: ast.DictComp) -> None:
        self._syntax(node, "dict_comprehension", "a dict comprehension")

    def visit_SetComp(self, node: ast.SetComp) -> None:
        self._syntax(node, "set_comprehension", "a set comprehension")

    # handlers ------------------------------------------------------------
    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.type is None:
            for rule in self.rules:
                if rule.syntax == "bare_except":
                    self._add(node, "a bare `except:`", rule.message)
        else:
            caught = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            for kind in caught:
                if _qualified(kind, self.aliases) in ("BaseException", "builtins.BaseException"):
                    for rule in self.rules:
                        if rule.syntax == "except_base_exception":
                            self._add(node, "`except BaseException`", rule.message)
        self.generic_visit(node)


def find_violations(tree: ast.AST, rules: list[Forbidden]) -> list[Violation]:
    """Every forbidden construct in the tree, in source order, one per line and construct."""
    finder = _Finder(rules)
    finder.visit(tree)
    unique = {(v.line, v.construct): v for v in finder.found}
    return sorted(unique.values(), key=lambda v: (v.line, v.construct))
