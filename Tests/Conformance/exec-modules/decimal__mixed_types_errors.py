from decimal import Decimal
cases = [
    ("Decimal(1) + 1.5", lambda: Decimal(1) + 1.5),
    ("1.5 * Decimal(2)", lambda: 1.5 * Decimal(2)),
    ("Decimal(1) + '1'", lambda: Decimal(1) + '1'),
    ("Decimal(2) ** 0.5", lambda: Decimal(2) ** 0.5),
    ("Decimal(1) < 'a'", lambda: Decimal(1) < 'a'),
    ("Decimal(1) - None", lambda: Decimal(1) - None),
    ("Decimal(1) // 2.0", lambda: Decimal(1) // 2.0),
]
for text, f in cases:
    try:
        print(f())
    except TypeError as e:
        print(text, "->", e)
