from contextlib import contextmanager, nullcontext, suppress

class Ledger:
    def __init__(self):
        self.balance = 0
        self.journal = []

    @contextmanager
    def batch(self, label):
        snapshot = self.balance
        self.journal.append(f"open {label}")
        try:
            yield self
        except ValueError as e:
            self.balance = snapshot
            self.journal.append(f"rollback {label}: {e}")
        else:
            self.journal.append(f"commit {label} -> {self.balance}")

    def post(self, amount):
        if self.balance + amount < 0:
            raise ValueError(f"overdraft by {-(self.balance + amount)}")
        self.balance += amount

ledger = Ledger()
with ledger.batch("salary") as l:
    l.post(1000)
    l.post(-200)
with ledger.batch("rent"):
    ledger.post(-500)
    ledger.post(-900)
print(ledger.balance)
print(ledger.journal)
print(type(Ledger.batch).__name__ in ("function", "builtin_function_or_method"))

@contextmanager
def level(n, out):
    out.append(f"in {n}")
    yield n
    out.append(f"out {n}")

out = []
with level(1, out) as a, level(2, out) as b, nullcontext(3) as c:
    out.append(a + b + c)
print(out)

def first_positive(values):
    for v in values:
        with suppress(ValueError):
            n = int(v)
            if n > 0:
                return n
    return None

print(first_positive(["x", "-1", "7", "9"]), first_positive([]))

@contextmanager
def counter():
    state = {"n": 0}
    yield state
    state["n"] = -1

with counter() as st:
    for _ in range(5):
        st["n"] += 1
    print(st["n"])
print(st["n"])
