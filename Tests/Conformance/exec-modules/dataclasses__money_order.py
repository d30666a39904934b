from dataclasses import dataclass, replace

@dataclass(frozen=True, order=True)
class Money:
    amount: int
    currency: str = "EUR"

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return replace(self, amount=self.amount + other.amount)

    def scaled(self, factor):
        return Money(round(self.amount * factor), self.currency)

prices = [Money(300), Money(120), Money(120, "CHF"), Money(999, "AUD"), Money(5)]
print(sorted(prices))
print(min(prices), max(prices))
print(Money(1) < Money(2), Money(2) <= Money(2), Money(3) > Money(2, "ZZZ"), Money(1, "A") >= Money(1, "B"))
print(sum([Money(10), Money(20), Money(30)], Money(0)))
print(Money(250).scaled(1.1), Money(250).scaled(0.333))
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print(type(e).__name__, e)
try:
    Money(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Money(1) < (1, "EUR")
except TypeError as e:
    print(type(e).__name__, e)
print(Money(1) == (1, "EUR"), Money(1).__lt__(3))
by_currency = {}
for m in prices:
    by_currency.setdefault(m.currency, []).append(m)
for cur in sorted(by_currency):
    print(cur, sorted(by_currency[cur], reverse=True))
print(sorted(set(prices + [Money(300)]))[:3])
