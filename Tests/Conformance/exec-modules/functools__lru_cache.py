import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib.cache_info())

calls = []
@functools.lru_cache(maxsize=2)
def rate(region):
    calls.append(region)
    return {"EU": 0.2, "US": 0.07, "UK": 0.175}[region]

for r in ["EU", "US", "EU", "UK", "US", "EU", "EU"]:
    rate(r)
print(calls, rate.cache_info())

@functools.lru_cache
def plain(x):
    return x * 2

print(plain(2), plain(2), plain.cache_info(), plain.cache_parameters())

@functools.lru_cache(maxsize=0)
def never(x):
    return x

never(1); never(1)
print(never.cache_info())

@functools.lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind(True), kind.cache_info())

@functools.lru_cache()
def untyped(x):
    return type(x).__name__

print(untyped(1), untyped(1.0), untyped.cache_info())

# keyword arguments are part of the key
@functools.lru_cache
def f(a, b=0):
    return a + b

f(1); f(1, 2); f(1, b=2); f(a=1, b=2); f(1, b=2)
print(f.cache_info())

# negative maxsize means 0
@functools.lru_cache(maxsize=-3)
def g(x):
    return x
g(1); g(1)
print(g.cache_info(), g.cache_parameters())

rate.cache_clear()
print(rate.cache_info())
try:
    plain([1])
except TypeError as e:
    print(type(e).__name__, e)
