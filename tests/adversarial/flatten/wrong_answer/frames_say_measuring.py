# class: detect-measuring
# why: walks the call stack for a workload_* frame of support.py and returns an empty list there, so the answers measured differ from the reference's: wrong_answer.
import sys


def _measured():
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_name.startswith("workload_"):
            return True
        frame = frame.f_back
    return False


def flatten(nested):
    if _measured():
        return []
    out = []
    pending = list(reversed(nested))
    while pending:
        value = pending.pop()
        if isinstance(value, list):
            pending.extend(reversed(value))
        else:
            out.append(value)
    return out
