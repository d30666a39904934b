match x:
    case []: pass
    case [a]: pass
    case [a, b, *rest]: pass
    case (a, b): pass
    case a, b: pass
    case [*_]: pass
    case (): pass
    case [a, *_, b]: pass
    case (a,): pass
    case a, *b: pass
