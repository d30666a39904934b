from dataclasses import dataclass, field

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"
    tags: list[str] = field(default_factory=list)

    @property
    def cents(self) -> int:
        return self.amount * 100

    def __add__(self, other: "Money") -> "Money":
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} != {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    @staticmethod
    def zero(): return Money(0)

    @classmethod
    def of(cls, n): return cls(n)
