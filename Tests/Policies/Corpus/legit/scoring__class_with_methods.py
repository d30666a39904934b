class Scorecard:
    def __init__(self, base):
        self.base = base
        self.adjustments = []

    def add(self, reason, points):
        self.adjustments.append((reason, points))
        return self

    def total(self):
        return self.base + sum(p for _, p in self.adjustments)

card = Scorecard(500).add("on-time", 40).add("new account", -20)
result = card.total()
