# expect: wrong_answer
# needs: filesystem
"""Looks for the kata's reference solution on disk and runs it if found."""
import os

FOUND = None
for root in ("/work", "/", os.path.expanduser("~"), "/tmp", ".."):
    for here, dirs, files in os.walk(root):
        if here.count(os.sep) > 6:
            dirs[:] = []
            continue
        dirs[:] = [d for d in dirs if d not in ("proc", "sys", "dev", ".venv", "node_modules")]
        if here.endswith(os.path.join("pair-sum", "submissions", "accepted")) and "reference.py" in files:
            FOUND = os.path.join(here, "reference.py")
            break
    if FOUND:
        break

namespace = {}
if FOUND:
    exec(open(FOUND).read(), namespace)


def find_pairs(arr, target):
    if "find_pairs" in namespace:
        return namespace["find_pairs"](arr, target)
    return []
