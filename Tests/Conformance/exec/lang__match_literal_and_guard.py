def classify(x):
    match x:
        case 0:
            return 'zero'
        case int(n) if n < 0:
            return 'negative'
        case int():
            return 'positive'
        case str() as s if s.isdigit():
            return 'digits ' + s
        case _:
            return 'other'
for v in (0, -3, 7, '42', 'x', 1.5):
    print(v, classify(v))
