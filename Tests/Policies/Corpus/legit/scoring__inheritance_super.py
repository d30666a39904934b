class Rule:
    def __init__(self, name):
        self.name = name

    def apply(self, value):
        return value

class Cap(Rule):
    def __init__(self, name, cap):
        super().__init__(name)
        self.cap = cap

    def apply(self, value):
        return min(value, self.cap)

result = Cap("max", 1000).apply(payout["amount"])
