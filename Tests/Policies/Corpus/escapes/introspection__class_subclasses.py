# expect: RS301
class Base:
    pass

result = Base.__subclasses__()
