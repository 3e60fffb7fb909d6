# expect: runtime_error
# needs: disk
"""Writes 200 files of 200 KB each (each under the per-file limit, 40 MB in all) into its
scratch folder: the folder's total size limit stops it (No space left on device)."""


def find_pairs(arr, target):
    for i in range(200):
        with open(f"junk-{i}.bin", "wb") as out:
            out.write(bytes(200 * 1024))
    return []
