class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
v = Vec(3, 4)
print(v + v, v * 2, 2 * v, abs(v), v == Vec(3, 4), v != Vec(0, 0))
