T = type('T', (object,), {'x': 1, 'double': lambda self: self.x * 2})
t = T()
print(T.__name__, t.double(), 'double' in dir(t), type(t) is T)
