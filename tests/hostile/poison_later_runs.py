# expect: wrong_answer
# needs: uid
"""Writes conftest.py, sitecustomize.py and a .pth file wherever it can, for later runs."""
import os
import site
import sys

POISON = "import os\nos.environ['KATA_POISONED'] = '1'\n"
targets = {os.getcwd(), os.path.expanduser("~"), "/tmp", os.path.dirname(os.path.abspath(__file__)), ".."}
targets.update(p for p in sys.path if p)
try:
    targets.update(site.getsitepackages())
except Exception:
    pass
for folder in targets:
    for name, text in (("conftest.py", POISON), ("sitecustomize.py", POISON), ("kata_poison.pth", "import os; os.environ['KATA_POISONED'] = '1'\n")):
        try:
            with open(os.path.join(folder, name), "w") as f:
                f.write(text)
        except OSError:
            pass


def find_pairs(arr, target):
    return [] if os.environ.get("KATA_POISONED") is None else [(0, 0)]
