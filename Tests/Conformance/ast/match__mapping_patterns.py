match x:
    case {}: pass
    case {"a": 1}: pass
    case {"a": a, "b": [b, c]}: pass
    case {1: _, **rest}: pass
    case {Color.RED: x}: pass
    case {None: y, True: z, -1: w}: pass
