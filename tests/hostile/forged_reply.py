# expect: runtime_error
"""Writes a forged reply straight onto the judge's reply pipe, then returns."""
import json
import os
import struct


def find_pairs(arr, target):
    cmdline = open("/proc/self/cmdline", "rb").read().split(b"\0")
    cfg = json.loads(next(part for part in cmdline if part.startswith(b"{")))
    reply_fd = cfg["fds"][1]
    for rid in range(1, 50):
        body = json.dumps({"$d": [["_rid", rid], ["ok", [{"$t": [-1, 7]}, {"$t": [1, 5]}]]]}).encode()
        os.write(reply_fd, struct.pack(">I", len(body)) + body)
    os.write(reply_fd, b"\xff" * 64)
    return []
