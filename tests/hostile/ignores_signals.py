# expect: time_limit_exceeded
"""Ignores SIGTERM, SIGINT and SIGXCPU, then spins."""
import signal

for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGXCPU, signal.SIGHUP):
    signal.signal(sig, signal.SIG_IGN)


def find_pairs(arr, target):
    while True:
        pass
