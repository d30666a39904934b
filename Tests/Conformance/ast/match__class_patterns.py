match x:
    case Point(): pass
    case Point(1, 2): pass
    case Point(x=1, y=2): pass
    case Point(1, y=2): pass
    case mod.Point(x=[a, b]): pass
    case int(n): pass
