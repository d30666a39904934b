from abc import ABC, abstractmethod


class Fee(ABC):
    def __init__(self, label):
        self.label = label

    def apply(self, amount):
        fee = self.compute(amount)
        fee = max(fee, self.minimum())
        return round(amount + fee, 2), f"{self.label}: {fee:.2f}"

    def minimum(self):
        return 0.0

    @abstractmethod
    def compute(self, amount):
        raise NotImplementedError


class Percent(Fee):
    def __init__(self, label, pct):
        super().__init__(label)
        self.pct = pct

    def compute(self, amount):
        return amount * self.pct / 100


class Flat(Fee):
    def compute(self, amount):
        return 1.5

    def minimum(self):
        return 2.0


class Capped(Percent):
    def compute(self, amount):
        return min(super().compute(amount), 5.0)


for fee in (Percent("card", 2.5), Flat("wire"), Capped("capped", 10)):
    for amount in (10, 400):
        print(fee.apply(amount))
print([type(f).__name__ for f in (Percent("p", 1), Flat("f"))], issubclass(Capped, Fee))
try:
    Fee("abstract")
except TypeError as e:
    print(type(e).__name__, e)


class Lazy(Fee):
    def compute(self, amount):
        return super().compute(amount)


try:
    Lazy("lazy").apply(5)
except NotImplementedError as e:
    print(type(e).__name__, repr(e))
