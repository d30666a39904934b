class Item:
    def __init__(self, name, price):
        self.name, self.price = name, price
    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)
    def __repr__(self):
        return self.name
items = [Item('b', 2), Item('a', 2), Item('c', 1)]
print(sorted(items), min(items), max(items))
