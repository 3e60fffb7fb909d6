# Children in a list of 26 slots, indexed by ord(ch) - ord('a'): LeetCode's words are lowercase a-z.
class Node:
    def __init__(self):
        self.next = [None] * 26
        self.end = False


class Trie:

    def __init__(self):
        self.root = Node()

    def insert(self, word: str) -> None:
        cur = self.root
        for c in word:
            i = ord(c) - ord("a")
            if cur.next[i] is None:
                cur.next[i] = Node()
            cur = cur.next[i]
        cur.end = True

    def search(self, word: str) -> bool:
        cur = self.root
        for c in word:
            cur = cur.next[ord(c) - ord("a")]
            if cur is None:
                return False
        return cur.end

    def startsWith(self, prefix: str) -> bool:
        cur = self.root
        for c in prefix:
            cur = cur.next[ord(c) - ord("a")]
            if cur is None:
                return False
        return True
