# expect: RS301 RS302
def outer():
    hidden = 42
    def inner():
        return hidden
    return inner

result = outer().__closure__[0].cell_contents
