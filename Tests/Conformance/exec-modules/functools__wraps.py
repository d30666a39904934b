import functools

def audited(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        result = fn(*args, **kwargs)
        print(f"audit: {fn.__name__}{args} -> {result}")
        return result
    return wrapper

@audited
def apply_discount(price, rate=0.1):
    """Apply a percentage discount."""
    return round(price * (1 - rate), 2)

print(apply_discount(80), apply_discount(80, rate=0.25))
print(apply_discount.__name__, apply_discount.__doc__, apply_discount.__qualname__, apply_discount.__module__)
print(apply_discount.__wrapped__(10), apply_discount.__wrapped__.__name__)

def no_wraps(fn):
    def wrapper(*a):
        return fn(*a)
    return wrapper

@no_wraps
def named():
    """doc"""
print(named.__name__, named.__doc__)

# update_wrapper directly, with custom attribute lists
def source():
    """source doc"""
source.version = 3
def target():
    pass
r = functools.update_wrapper(target, source)
print(r is target, target.__name__, target.__doc__, target.version, target.__wrapped__ is source)

def t2():
    pass
functools.update_wrapper(t2, source, assigned=("__doc__",), updated=())
print(t2.__name__, t2.__doc__, hasattr(t2, "version"))

# wraps on a lambda-built wrapper and on nested decorators
def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            for i in range(times):
                try:
                    return fn(*a)
                except ValueError:
                    print("retry", i + 1)
            return None
        return inner
    return deco

attempts = iter([ValueError, ValueError, None])
@retry(3)
@audited
def flaky(x):
    if next(attempts):
        raise ValueError
    return x * 2

print(flaky(21), flaky.__name__, flaky.__wrapped__.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
w = functools.wraps(source)
print(type(w).__name__ == type(functools.partial(print)).__name__, w.keywords["wrapped"] is source)
for f in [lambda: functools.wraps(), lambda: functools.update_wrapper(), lambda: functools.update_wrapper(1, source)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
