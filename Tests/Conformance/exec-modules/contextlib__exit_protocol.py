from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing
@contextmanager
def cm():
    yield 1
c = cm()
print(c.__enter__(), c.__exit__(None, None, None))
c = cm()
c.__enter__()
print(c.__exit__(ValueError, ValueError("x"), None))
c = cm()
c.__enter__()
try:
    c.__exit__(KeyError, None, None)
except KeyError as e:
    print("keyerror", repr(e))
s = suppress(KeyError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(KeyError, KeyError(), None), s.__exit__(ValueError, ValueError(), None))
n = nullcontext(3)
print(n.__exit__(None, None, None), n.enter_result)
@contextmanager
def changer():
    try:
        yield
    except ValueError:
        raise TypeError("changed")
try:
    with changer():
        raise ValueError("orig")
except TypeError as e:
    print("changed", e, type(e.__context__).__name__)
st = ExitStack()
print(st.__exit__(None, None, None))
@contextmanager
def gen_with_args(a, *rest, key="k", **kw):
    yield (a, rest, key, kw)
with gen_with_args(1, 2, 3, key="z", extra=4) as v:
    print(v)
with suppress(KeyError), nullcontext(5) as five:
    print(five)
    {}[1]
print("ok")
@contextmanager
def stopper():
    try:
        yield
    except StopIteration:
        print("saw stop")
        raise
try:
    with stopper():
        raise StopIteration(7)
except BaseException as e:
    print(type(e).__name__, e)
