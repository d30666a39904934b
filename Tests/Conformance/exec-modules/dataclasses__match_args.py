from dataclasses import dataclass, field

@dataclass
class Deposit:
    account: str
    amount: int

@dataclass
class Withdrawal:
    account: str
    amount: int
    fee: int = field(default=0, kw_only=True)

@dataclass
class Transfer:
    source: str
    target: str
    amount: int

def describe(event):
    match event:
        case Deposit(acct, amount) if amount > 1000:
            return f"large deposit {amount} to {acct}"
        case Deposit(acct, amount):
            return f"deposit {amount} to {acct}"
        case Withdrawal(acct, amount, fee=0):
            return f"withdraw {amount} from {acct}"
        case Withdrawal(acct, amount, fee=f):
            return f"withdraw {amount}+{f} from {acct}"
        case Transfer(source=s, target=t):
            return f"transfer {s}->{t}"
        case _:
            return "unknown"

events = [Deposit("a", 5), Deposit("b", 5000), Withdrawal("a", 3), Withdrawal("c", 7, fee=1), Transfer("a", "b", 1), 42]
for ev in events:
    print(describe(ev))
print(Deposit.__match_args__, Withdrawal.__match_args__, Transfer.__match_args__)
try:
    match Withdrawal("a", 1, fee=2):
        case Withdrawal(a, b, c):
            print("three")
except TypeError as e:
    print(type(e).__name__, e)
