class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __call__(cls, *args, **kwargs):
        print('creating', cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def __len__(cls):
        return 7
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {'injected': 42}

class Base(metaclass=Registry):
    def __init__(self, x):
        self.x = x

class Child(Base):
    pass

c = Child(5)
print(c.x, Registry.classes, type(Child).__name__, Child.injected, isinstance(Child, type), len(Child))

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print('init once')

print(Config() is Config())
Auto = Registry('Auto', (), {'y': 1})
print(Auto.y, Registry.classes)
