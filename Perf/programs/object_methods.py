class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y
acc = Vec(0, 0)
for i in range(300000):
    acc = acc.add(Vec(i % 3, i % 5))
print(acc.x, acc.y, acc.norm2())
