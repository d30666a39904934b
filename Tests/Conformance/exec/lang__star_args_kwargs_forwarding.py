def inner(*args, **kwargs):
    return args, sorted(kwargs.items())
def outer(*args, **kwargs):
    return inner(*args, 'extra', **kwargs, z=0)
print(outer(1, 2, a=3))
