# expect: wrong_answer
"""Tries to kill its parent (the judge) and its process group."""
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
