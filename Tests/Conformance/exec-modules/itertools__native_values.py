import itertools, decimal, operator, functools, heapq, bisect
c = itertools.count(decimal.Decimal("1.5"), decimal.Decimal("0.25"))
print(next(c), next(c), c)
print(list(itertools.islice(itertools.count(0, decimal.Decimal("0.1")), 3)))
print(sorted([decimal.Decimal("2.5"), decimal.Decimal("1")], key=operator.neg))
print(heapq.nsmallest(2, [decimal.Decimal("3"), decimal.Decimal("1.1"), decimal.Decimal("2")]))
print(bisect.bisect([decimal.Decimal("1"), decimal.Decimal("2")], decimal.Decimal("1.5")))
print(functools.reduce(operator.add, [decimal.Decimal("0.1")] * 3))
import copy, datetime
d = datetime.date(2024, 1, 2)
print(copy.deepcopy({"d": d, "x": decimal.Decimal("1.10")}), copy.copy(d) == d)
print(list(itertools.accumulate([decimal.Decimal("0.1")] * 3)))
print(type(c).__name__, type(c).__qualname__, type(c).__module__)
