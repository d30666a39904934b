# expect: RS301
class Box:
    pass

b = Box()
result = b.__dict__
