match x:
    case n if n > 0: pass
    case [a, b] if a == b: pass
    case _ if (y := f()): pass
