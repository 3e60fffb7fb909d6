# Two-level direct addressing: 1,001 rows of 1,000 slots, each row made at its first put. O(1) per operation.
class MyHashMap:

    def __init__(self):
        self.rows = [None] * 1001

    def put(self, key: int, value: int) -> None:
        r, c = divmod(key, 1000)
        if self.rows[r] is None:
            self.rows[r] = [-1] * 1000
        self.rows[r][c] = value

    def get(self, key: int) -> int:
        row = self.rows[key // 1000]
        return -1 if row is None else row[key % 1000]

    def remove(self, key: int) -> None:
        row = self.rows[key // 1000]
        if row is not None:
            row[key % 1000] = -1
