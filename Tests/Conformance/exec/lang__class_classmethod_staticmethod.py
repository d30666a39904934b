class Money:
    rate = 2
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def from_units(cls, units):
        return cls(units * 100)
    @staticmethod
    def fmt(cents):
        return f'{cents // 100}.{cents % 100:02d}'
    def __str__(self):
        return self.fmt(self.cents)
print(Money.from_units(3), Money(1234), Money.fmt(5))
