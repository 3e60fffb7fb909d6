# expect: time_limit_exceeded
"""Sleeps while being imported."""
import time

time.sleep(3600)


def find_pairs(arr, target):
    return []
