class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __repr__(self):
        return f"Tree({self.v}, {self.kids})"
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
def depth(node):
    return 1 + max((depth(k) for k in node.kids), default=0)
print(depth(t))
