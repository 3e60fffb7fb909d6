# class: wrong-on-large
# why: correctness tests use small capacities, so above 1,000 it keeps a plain dict and evicts the oldest insertion (a FIFO: fast, wrong); the measured workload refreshes old keys, and its answers are checked against the reference
class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.values = {}
        self.order = []

    def get(self, key):
        if key not in self.values:
            return -1
        if self.capacity <= 1000:
            self.order.remove(key)
            self.order.append(key)
        return self.values[key]

    def put(self, key, value):
        big = self.capacity > 1000
        if key in self.values:
            if not big:
                self.order.remove(key)
                self.order.append(key)
            self.values[key] = value
            return
        if len(self.values) == self.capacity:
            if big:
                del self.values[next(iter(self.values))]
            else:
                del self.values[self.order.pop(0)]
        self.values[key] = value
        if not big:
            self.order.append(key)

    def __len__(self):
        return len(self.values)
