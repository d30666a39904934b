match x:
    case a: pass
match y:
    case _: pass
