"""The judge's import graph, from the syntax tree: every module's imports of other judge
modules (at the top or inside functions), its line count, and any circle.

    python tools/module_graph.py            # edges, sizes, circles
    python tools/module_graph.py --check    # exit 1 if there is a circle or a module over the size limit

A circle means two modules that cannot be read, tested or changed apart; imports should flow
one way, from failures and the wire protocol at the bottom to the CLI at the top.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "judge"
SIZE_LIMIT = 330  # "about 300 lines"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports(path: Path, name: str) -> set[str]:
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("judge"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("judge"):
                found.add(target)
                found.update(f"{target}.{a.name}" for a in node.names)
    return found


def graph() -> tuple[dict[str, set[str]], dict[str, int]]:
    paths = {module_name(p): p for p in ROOT.rglob("*.py")}
    edges, sizes = {}, {}
    for name, path in paths.items():
        edges[name] = {t for t in imports(path, name) if t in paths and t != name and not name.startswith(t + ".")}
        sizes[name] = len(path.read_text().splitlines())
    return edges, sizes


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    edges, sizes = graph()
    if not args.check:
        for name in sorted(edges):
            print(f"{name:34} {sizes[name]:4}  -> {', '.join(sorted(edges[name])) or '-'}")
    found = circles(edges)
    large = sorted((n for n in sizes if sizes[n] > SIZE_LIMIT and not n.startswith("judge.katas")), key=lambda n: -sizes[n])
    print(f"\ncircles: {found or 'none'}")
    print(f"modules over {SIZE_LIMIT} lines: {[f'{n} ({sizes[n]})' for n in large] or 'none'}")
    return 1 if args.check and (found or large) else 0


if __name__ == "__main__":
    sys.exit(main())
