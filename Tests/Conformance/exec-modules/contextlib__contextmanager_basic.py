from contextlib import contextmanager

events = []

@contextmanager
def step(name):
    events.append(f"start {name}")
    try:
        yield name.upper()
    finally:
        events.append(f"end {name}")

with step("load") as value:
    events.append(f"body {value}")
print(events)

@contextmanager
def tag(label):
    print(f"<{label}>")
    yield
    print(f"</{label}>")

with tag("order"):
    with tag("line"):
        print("item")

@contextmanager
def numbers(n):
    yield list(range(n))

with numbers(3) as xs, numbers(2) as ys:
    print(xs, ys)

cm = step("once")
print(type(cm).__name__, hasattr(cm, "__enter__"), hasattr(cm, "__exit__"))
with cm as v:
    print(v)
print(events[-2:])
print(step.__name__)

@contextmanager
def returns_value():
    yield 1
    return 2

with returns_value() as one:
    print("got", one)

def plain():
    with step("inner") as s:
        return s + "!"

print(plain(), events[-1])
