import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4, 5])))
print(list(it.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=0)), list(it.accumulate([])))
print(list(it.accumulate("abc")), list(it.accumulate([[1], [2], [3]])))
print(list(it.accumulate([5, 3, 8], func=min)), list(it.accumulate(iterable=[1, 1, 1])))

# running balance of an account
tx = [100, -20, -50, 200, -300]
print(list(it.accumulate(tx, initial=0)))
print(list(it.accumulate(tx, lambda bal, t: bal + t if bal + t >= 0 else bal)))

# amortization: balance grows by interest then a payment
rate, payment = 0.01, 30
print([round(x, 2) for x in it.accumulate(it.repeat(None, 4), lambda b, _: b * (1 + rate) - payment, initial=100)])

print(list(it.batched(range(10), 3)))
print(list(it.batched("abcdefg", 2)), list(it.batched([], 4)), list(it.batched([1, 2], 5)))
print(list(it.batched(iter(range(4)), n=2)))

# pay invoices in chunks of at most 3 per batch
invoices = [f"INV-{i}" for i in range(1, 8)]
for n, batch in enumerate(it.batched(invoices, 3), 1):
    print(n, batch)

for f in [lambda: it.batched([1], 0), lambda: it.batched([1]), lambda: it.batched([1], "a"),
          lambda: it.accumulate(), lambda: it.accumulate(1), lambda: it.accumulate([1], None, None),
          lambda: list(it.accumulate([1, "a"])), lambda: it.batched([1], -1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
