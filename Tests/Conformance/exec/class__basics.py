class Point:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
p = Point(3, 4)
print(p, p.dist2(), p.kind, Point.kind, p == Point(3, 4), p != Point(1, 1), len({p, Point(3, 4)}))
p.z = 5
print(p.z, sorted(vars(p)), type(p).__name__, Point.__name__, isinstance(p, Point))
print(str(p), repr([p]))
