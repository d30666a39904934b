def pct(x):
    assert 0 <= x <= 1, f'out of range: {x}'
    return f'{x:.0%}'
print(pct(0.25))
try:
    pct(2)
except AssertionError as e:
    print('assert:', e)
