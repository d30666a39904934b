class Order:
    def __init__(self):
        self.total = 1
o = Order()
print(o.totl)
