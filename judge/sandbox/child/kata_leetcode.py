"""Runs in the solution process: what LeetCode's Python 3 gives a file before its first line
(its usual modules and their names, ListNode and TreeNode), for a file judged as a LeetCode
variant of a kata, and whether the file defines what LeetCode's problem asks for."""

from __future__ import annotations


class ListNode:
    """LeetCode's singly linked node, given to a LeetCode-style file that uses it undefined."""

    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    """LeetCode's binary tree node, likewise."""

    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


# What LeetCode's Python 3 imports before a file, in its order: each module, and its names as
# `from <module> import *` gives them (typing's last, so its Counter and OrderedDict win).
LEETCODE_MODULES = ("string", "re", "datetime", "collections", "heapq", "bisect", "copy", "math", "random",
                    "statistics", "itertools", "functools", "operator", "typing")


def leetcode_names(withheld=()) -> dict:
    """What LeetCode's Python 3 gives a file without an import: its usual modules and their
    names, and its node classes. A module the kata forbids anything of (`withheld`: collections
    for the queue, heapq for the heap) is not given: it must be imported to be used, so that
    the kata's rules see it."""
    import importlib

    names: dict = {}
    for name in LEETCODE_MODULES:
        if name in withheld:
            continue
        module = importlib.import_module(name)
        public = getattr(module, "__all__", None) or [n for n in vars(module) if not n.startswith("_")]
        names.update({n: getattr(module, n) for n in public if hasattr(module, n)})
        names[name] = module
    names.update(ListNode=ListNode, TreeNode=TreeNode)
    return names


def defines(module, name: str) -> bool:
    """`name` is 'X' or 'X.method': the class (or function) and, given, its attribute."""
    owner, _, attr = name.partition(".")
    try:
        target = module.__dict__[owner]
        return not attr or hasattr(target, attr)
    except Exception:  # a hostile __getattr__ is the file's own business: it does not define it
        return False
