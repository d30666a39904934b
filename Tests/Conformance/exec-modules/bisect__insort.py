import bisect

scores = []
for s in [50, 20, 80, 20, 65, 99, 0]:
    bisect.insort(scores, s)
    print(scores)

names = ["bob", "eve"]
bisect.insort_left(names, "alice")
bisect.insort_right(names, "carol")
bisect.insort(names, "zed")
print(names)

# insort_left vs insort_right with equal but distinguishable items
class Item:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"

left = [Item(1, 'a'), Item(2, 'a'), Item(3, 'a')]
right = list(left)
bisect.insort_left(left, Item(2, 'new'))
bisect.insort_right(right, Item(2, 'new'))
print(left)
print(right)

# insort returns None
print(bisect.insort([1], 2))

# insort on a user sequence calls its insert method
class Seq:
    def __init__(self):
        self.data = [10, 20, 30]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
    def insert(self, i, x):
        print("insert", i, x)
        self.data.insert(i, x)

s = Seq()
bisect.insort(s, 25)
print(s.data)
