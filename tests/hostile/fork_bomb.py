# expect: runtime_error
# limits: call_s = 10
"""A fork bomb: every process forks forever. The pids limit (256) stops it, and the original
process's failed fork is its runtime error; the call gets 10 s, since on a loaded machine 256
spinning processes can keep the original from reaching its failing fork within the short 2 s
(a soak of 1,000 judgings with two workers saw it end as a time limit once)."""
import os


def find_pairs(arr, target):
    while True:
        os.fork()
