# expect: wrong_answer
# needs: uid
"""kill(-1): signals every process it is allowed to."""
import os
import signal


def find_pairs(arr, target):
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        pass
    return []
