from dataclasses import dataclass, field, InitVar, fields

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        if self.balance < 0:
            raise ValueError(f"negative opening balance for {self.owner}: {self.balance}")
        self.history.append(("open", self.balance))

a = Account("ann", 10)
print(a, a.history)
try:
    Account("bob", -5)
except ValueError as e:
    print(type(e).__name__, e)

@dataclass
class Price:
    net: float
    vat_rate: InitVar[float] = 0.2
    gross: float = field(init=False)

    def __post_init__(self, vat_rate):
        self.gross = round(self.net * (1 + vat_rate), 2)

print(Price(100), Price(100, 0.07), Price(net=50, vat_rate=0))
print([f.name for f in fields(Price)])
print("vat_rate" in Price.__dataclass_fields__, Price.__match_args__)
print(hasattr(Price(1), "vat_rate"), Price.vat_rate)

@dataclass
class Login:
    user: str
    password: InitVar[str]
    digest: int = field(init=False, default=0)

    def __post_init__(self, password):
        self.digest = sum(ord(ch) for ch in password) % 97

l = Login("ann", "secret")
print(l, l.digest)
try:
    Login("ann")
except TypeError as e:
    print(e)
print(repr(InitVar[int]), repr(InitVar[str]))

@dataclass
class Base:
    x: int
    def __post_init__(self):
        print("Base post-init", self.x)

@dataclass
class Child(Base):
    y: int = 0

Child(1, 2)
