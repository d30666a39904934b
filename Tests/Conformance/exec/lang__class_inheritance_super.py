class Base:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f'{type(self).__name__}({self.name})'
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def describe(self):
        return super().describe() + f' age {self.age}'
print(Child('x', 3).describe(), isinstance(Child('y', 1), Base), issubclass(Child, Base))
