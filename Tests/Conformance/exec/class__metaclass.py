class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class Thing(metaclass=Meta):
    pass
class Sub(Thing):
    pass
print(Thing.tag, Sub.tag, type(Thing).__name__, type(Sub).__name__, isinstance(Sub, Meta))
class M(type):
    pass
class B(metaclass=M):
    pass
print(type(B), B.__name__)
