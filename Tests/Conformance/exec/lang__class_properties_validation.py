class Price:
    def __init__(self, value):
        self.value = value
    @property
    def value(self):
        return self._value
    @value.setter
    def value(self, v):
        if v < 0:
            raise ValueError('negative price')
        self._value = round(v, 2)
p = Price(9.999)
print(p.value)
try:
    p.value = -1
except ValueError as e:
    print(e)
