class Money:
    def __init__(self, cents):
        self.cents = cents
    @classmethod
    def from_str(cls, s):
        whole, frac = s.split(".") if False else (s[:-3], s[-2:])
        return cls(int(whole) * 100 + int(frac))
    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d}" if False else str(self.cents // 100) + "." + str(self.cents % 100).rjust(2, "0") if False else str(self.cents // 100) + "." + ("0" + str(self.cents % 100))[-2:]
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
class Euro(Money):
    pass
m = Money.from_str("12.05")
e = Euro.from_str("1.50")
print(m, repr(m), type(e).__name__, m + e, m == Money(1205), m != Money(1))
print([str(x) for x in [m, e]], Money(5) in [Money(5)])
