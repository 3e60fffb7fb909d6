# expect: wrong_answer
# needs: uid
"""Tries to kill its parent (the judge) and its process group. Without the uid layer (no
bubblewrap and a Python only root can read) the submission runs as the judge's own user and
can signal it: kata doctor and the judge's one-line summary say that layer is missing."""
import os
import signal


def find_pairs(arr, target):
    for pid in (os.getppid(), 1):
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    try:
        os.killpg(os.getpgid(os.getppid()), signal.SIGKILL)
    except OSError:
        pass
    return []
