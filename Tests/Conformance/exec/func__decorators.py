def deco(f):
    def wrapper(*a, **k):
        print("before", f.__name__)
        r = f(*a, **k)
        print("after")
        return r
    return wrapper
def twice(f):
    return lambda *a: f(f(*a))
@deco
def hello(name):
    print("hello", name)
    return 42
print(hello("bob"))
@twice
@twice
def inc(x):
    return x + 1
print(inc(0))
def with_arg(n):
    def d(f):
        def w():
            return [f() for _ in range(n)]
        return w
    return d
@with_arg(3)
def one():
    return 1
print(one())
