# expect: wrong_answer
"""Starts a non-daemon thread that never finishes, so a clean exit would wait forever."""
import threading


def _spin():
    while True:
        pass


threading.Thread(target=_spin).start()


def find_pairs(arr, target):
    return []
