match command.split():
    case [action]:
        x = 1
        y = 2
    case [action, obj]:
        if obj:
            pass
    case ["go", ("north" | "south") as direction]:
        go(direction)
    case _:
        raise ValueError(command)
