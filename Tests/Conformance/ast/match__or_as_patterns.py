match x:
    case 1 | 2 | 3: pass
    case [a] | (a, _): pass
    case (1 | 2) as n: pass
    case [x] as whole: pass
    case {"k": (1 | 2) as v}: pass
    case str() | bytes() as s: pass
