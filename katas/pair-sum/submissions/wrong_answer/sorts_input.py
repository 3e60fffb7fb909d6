"""Wrong: two pointers on the input sorted in place, which changes the caller's list."""


def find_pairs(arr, target):
    arr.sort()
    i, j = 0, len(arr) - 1
    pairs = []
    while i < j:
        s = arr[i] + arr[j]
        if s == target:
            if not pairs or pairs[-1] != (arr[i], arr[j]):
                pairs.append((arr[i], arr[j]))
            i += 1
            j -= 1
        elif s < target:
            i += 1
        else:
            j -= 1
    return pairs
