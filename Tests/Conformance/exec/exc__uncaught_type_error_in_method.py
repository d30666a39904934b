class Cart:
    def __init__(self):
        self.items = []
    def total(self):
        return sum(self.items) + ' EUR'
c = Cart()
c.items.append(5)
print(c.total())
