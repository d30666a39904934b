class Base:
    def __init__(self):
        self.log = ["base"]
    def hello(self):
        return "base hello"
    @classmethod
    def create(cls):
        return cls()
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("mid")
    def hello(self):
        return "mid/" + super(Mid, self).hello()
    @classmethod
    def create(cls):
        obj = super().create()
        obj.log.append("created")
        return obj
class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("leaf")
x = Leaf.create()
print(x.log, x.hello(), type(x).__name__)
