class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(obj):
    match obj:
        case {'type': 'circle', 'r': r}:
            return f'circle {r}'
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'on x at {x}'
        case Point(x=x, y=y):
            return f'point {x},{y}'
        case [first, *rest]:
            return f'list {first} +{len(rest)}'
    return 'unknown'
for o in ({'type': 'circle', 'r': 2}, Point(0, 0), Point(3, 0), Point(1, 2), [1, 2, 3], 'x'):
    print(where(o))
