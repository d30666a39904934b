import cmath

inf, nan = float('inf'), float('nan')
parts = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]


def table(f):
    rows = []
    for re in parts:
        cells = []
        for im in parts:
            try:
                cells.append(repr(f(complex(re, im))))
            except ValueError:
                cells.append('domain')
            except OverflowError:
                cells.append('range')
        rows.append(' '.join(cells))
    return rows


for name in ['sqrt', 'exp', 'log', 'cosh', 'sinh', 'tanh', 'acos', 'asinh', 'atanh']:
    print(name)
    for row in table(getattr(cmath, name)):
        print('  ', row)
print([repr(cmath.phase(complex(a, b))) for a in parts for b in parts[::3]])
