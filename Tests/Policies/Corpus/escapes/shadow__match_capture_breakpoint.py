# expect: RS201
match order:
    case {'a': breakpoint}:
        result = breakpoint
    case _:
        result = None
