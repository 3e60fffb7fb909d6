# expect: wrong_answer
"""Returns an object whose __reduce__ would run a command if the judge ever unpickled it."""
import os


class Payload:
    def __reduce__(self):
        return (os.system, ("touch /tmp/kata-pwned",))


def find_pairs(arr, target):
    return [Payload()]
