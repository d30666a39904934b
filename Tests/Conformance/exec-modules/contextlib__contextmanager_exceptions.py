from contextlib import contextmanager

log = []

@contextmanager
def guarded(name):
    try:
        yield
    except ValueError as e:
        log.append(f"{name} handled {e}")
    finally:
        log.append(f"{name} closed")

with guarded("a"):
    raise ValueError("bad input")
print("continued", log)

try:
    with guarded("b"):
        raise KeyError("missing")
except KeyError as e:
    print("propagated", repr(e), log[-1])

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("rate is zero") from e

try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

@contextmanager
def swallow_all():
    try:
        yield
    except Exception:
        pass

with swallow_all():
    raise RuntimeError("ignored")
print("swallowed")

@contextmanager
def reraise():
    try:
        yield
    except LookupError:
        log.append("saw lookup")
        raise

try:
    with reraise():
        [][1]
except IndexError as e:
    print("reraised", e, log[-1])

@contextmanager
def stop_inside():
    yield

try:
    with stop_inside():
        raise StopIteration("not swallowed")
except StopIteration as e:
    print("StopIteration kept:", e)
