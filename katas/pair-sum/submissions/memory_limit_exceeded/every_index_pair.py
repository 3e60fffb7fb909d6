"""Too much memory: the positions of each value, then every pair of positions (i, j) whose values
sum to the target, and only then the distinct value pairs. The work is O(n) plus the number of
such index pairs, which is small when values rarely repeat; but a value pair whose values occur
r and s times makes r · s index pairs, all held at once: O(n · repeats) memory for an input
where each value occurs many times, where O(n) is required (count the values, pair the counts)."""


def find_pairs(arr: list[int], target: int) -> list[tuple[int, int]]:
    positions = {}
    for i, x in enumerate(arr):
        positions.setdefault(x, []).append(i)
    index_pairs = []
    for a, where_a in positions.items():
        b = target - a
        where_b = positions.get(b)
        if where_b is None or b < a:
            continue
        for i in where_a:
            for j in where_b:
                if i != j:
                    index_pairs.append((i, j))
    pairs = set()
    for i, j in index_pairs:
        a, b = arr[i], arr[j]
        pairs.add((a, b) if a <= b else (b, a))
    return list(pairs)
