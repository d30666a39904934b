class Base:
    def __init__(self, value):
        self.value = self.validate(value)
    def validate(self, v):
        if not isinstance(v, int):
            raise TypeError(f"expected int, got {type(v).__name__}")
        return v
class Child(Base):
    pass
Child(1)
Child("x")
