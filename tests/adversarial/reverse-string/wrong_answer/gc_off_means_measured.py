# class: detect-measuring
# why: the harness disables the garbage collector while it measures, so gc.isenabled() is False only then; returning the input unreversed there makes the measured answers differ from the reference's: wrong_answer.
import gc


def reverse_string(s):
    if not gc.isenabled():
        return s
    return s[::-1]
