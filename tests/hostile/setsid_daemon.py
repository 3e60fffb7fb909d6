# expect: wrong_answer
"""Leaves a double-forked, setsid daemon behind that outlives the call and spins."""
import os


def _daemon():
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            while True:
                pass
        os._exit(0)


def find_pairs(arr, target):
    _daemon()
    return []
