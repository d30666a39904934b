from contextlib import contextmanager

@contextmanager
def never_yields():
    if False:
        yield

@contextmanager
def yields_twice():
    yield 1
    yield 2

@contextmanager
def keeps_yielding():
    while True:
        try:
            yield
        except ValueError:
            pass

@contextmanager
def not_a_generator():
    return 5

for name, make in [("never", never_yields), ("twice", yields_twice)]:
    try:
        with make():
            print(name, "body")
    except RuntimeError as e:
        print(name, type(e).__name__, e, e.__suppress_context__)

try:
    with keeps_yielding():
        raise ValueError("x")
except RuntimeError as e:
    print(type(e).__name__, e)

try:
    with not_a_generator():
        pass
except TypeError as e:
    print(type(e).__name__, e)

@contextmanager
def once():
    yield "ok"

with once() as v:
    print(v)
print(type(once()).__name__)
