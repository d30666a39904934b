class Node:
    def __init__(self, nxt=None):
        self.next = nxt
n = Node(Node(Node()))
depth = 0
cur = n
while cur is not None:
    depth += 1
    cur = getattr(cur, "next", None)
print(depth, getattr(n, "missing", "dflt"), hasattr(n, "next"))
