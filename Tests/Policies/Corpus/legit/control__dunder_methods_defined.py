class Amount:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        return Amount(self.value + other.value)

    def __eq__(self, other):
        return isinstance(other, Amount) and self.value == other.value

    def __repr__(self):
        return f"Amount({self.value})"

result = repr(Amount(1) + Amount(2))
