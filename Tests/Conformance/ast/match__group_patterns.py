match x:
    case ([a, b]): pass
    case ((1) | (2)): pass
    case (a): pass
