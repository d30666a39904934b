import cmath

cases = [
    (cmath.sqrt, ('4',)),
    (cmath.sqrt, (None,)),
    (cmath.exp, ([1],)),
    (cmath.log, (1, 'e')),
    (cmath.rect, (1j, 0)),
    (cmath.rect, (1, 1j)),
    (cmath.sqrt, (10 ** 400,)),
    (cmath.phase, ()),
    (cmath.sqrt, (1, 2)),
    (cmath.polar, (1, 2)),
    (cmath.isclose, (1,)),
    (cmath.isclose, (1, 2, 3)),
    (cmath.log, (0,)),
    (cmath.acosh, (complex(0, float('inf')),)),
    (cmath.cosh, (complex(1, float('inf')),)),
    (cmath.exp, (complex(float('inf'), float('inf')),)),
    (cmath.exp, (complex(-float('inf'), float('inf')),)),
    (cmath.sinh, (complex(1000, 0.5),)),
]
for f, args in cases:
    try:
        print(f.__name__, f(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    cmath.sqrt(z=4)
except TypeError as e:
    print(e)
