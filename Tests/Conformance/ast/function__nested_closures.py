def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    return middle
