from decimal import Decimal
print(repr(Decimal((0, (1, 2, 3), -2))))
print(repr(Decimal((1, (4, 5), 3))))
print(repr(Decimal((0, (), 0))))
print(repr(Decimal((1, (0,), 'F'))))
print(repr(Decimal((0, (1, 2), 'n'))))
print(repr(Decimal((1, (), 'N'))))
print(repr(Decimal([0, [9, 9], -1])))
for bad in [(0, (1,), 'x'), (2, (1,), 0), (0, (10,), 0), (0, (1,)), (0, 5, 0), (0, (1,), 1.5)]:
    try:
        Decimal(bad)
    except ValueError as e:
        print("ValueError:", e)
