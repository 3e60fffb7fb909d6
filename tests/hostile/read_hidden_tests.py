# expect: wrong_answer
"""Reads the hidden tests and other learners' solutions, and would copy them out."""
import glob

STOLEN = []
for pattern in ("/work/*/katas/*/tests/*.py", "/work/main/katas/*/tests/*.py", "/work/*/solutions/*.py", "../*/*.py", "/root/*"):
    for path in glob.glob(pattern):
        try:
            STOLEN.append(open(path).read()[:100])
        except OSError:
            pass


def find_pairs(arr, target):
    return [(len(STOLEN), 0)] if STOLEN else []
