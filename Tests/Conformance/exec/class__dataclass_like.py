class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name not in self.fields:
                raise TypeError(f"unexpected field {name!r}")
            setattr(self, name, value)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
class User(Record):
    fields = ("name", "email")
u = User("ann", email="a@x.io")
print(u, u == User("ann", "a@x.io"), u == User("bob", "b"))
try:
    User("x", phone=1)
except TypeError as e:
    print(e)
