from contextlib import contextmanager, ContextDecorator

calls = []

@contextmanager
def traced(label):
    calls.append(f"enter {label}")
    try:
        yield
    finally:
        calls.append(f"exit {label}")

@traced("pricing")
def price(qty, unit=2):
    calls.append(f"compute {qty}")
    return qty * unit

print(price(3), price(4, unit=5))
print(calls)
print(price.__name__)

calls.clear()
@traced("failing")
def fails():
    raise ValueError("no price")

try:
    fails()
except ValueError as e:
    print("error", e, calls)

class timer(ContextDecorator):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        calls.append(f"{self.name} start")
        return self
    def __exit__(self, exc_type, exc, tb):
        calls.append(f"{self.name} stop {exc_type.__name__ if exc_type else 'ok'}")
        return exc_type is KeyError

calls.clear()
@timer("job")
def job(x):
    if x < 0:
        raise KeyError(x)
    return x + 1

print(job(1), job(-1), calls)
with timer("block") as t:
    print(t.name)
print(calls[-1])

class Service:
    @traced("method")
    def run(self, n):
        return f"run {n} on {type(self).__name__}"

calls.clear()
print(Service().run(7), calls)
print(isinstance(timer("x"), ContextDecorator))
