# class: memoise
# why: node_for keeps every answer it gave in a dict and never forgets one, so a repeated key costs a dict lookup; but adding or removing a node changes some keys' owners, and the remembered answer for such a key is stale: the properties look keys up again after each change
import bisect
import hashlib


def _h(s):
    return int.from_bytes(hashlib.sha256(s.encode()).digest()[:8], "big")


class HashRing:
    def __init__(self, nodes=(), replicas=100):
        if replicas < 1:
            raise ValueError("replicas must be at least 1")
        names = list(nodes)
        if len(set(names)) != len(names):
            raise ValueError("duplicate names")
        self.replicas, self.names = replicas, set(names)
        self.owner = {_h(f"{n}#{i}"): n for n in names for i in range(replicas)}
        self.points = sorted(self.owner)
        self.answers = {}

    def add_node(self, name):
        if name in self.names:
            raise ValueError(name)
        self.names.add(name)
        for i in range(self.replicas):
            self.owner[_h(f"{name}#{i}")] = name
        self.points = sorted(self.owner)

    def remove_node(self, name):
        if name not in self.names:
            raise KeyError(name)
        self.names.remove(name)
        for i in range(self.replicas):
            del self.owner[_h(f"{name}#{i}")]
        self.points = sorted(self.owner)

    def node_for(self, key):
        if not self.points:
            raise LookupError("empty ring")
        text = str(key)
        if text in self.answers:
            return self.answers[text]
        i = bisect.bisect_left(self.points, _h(text))
        answer = self.owner[self.points[i % len(self.points)]]
        self.answers[text] = answer
        return answer

    def __len__(self):
        return len(self.names)
