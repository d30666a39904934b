match x:
    case 1: y = 1
    case _: y = 2; z = 3
