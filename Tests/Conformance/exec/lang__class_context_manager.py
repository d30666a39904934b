class Step:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return exc_type is ValueError
with Step('a') as s:
    print('inside', s.name)
with Step('b'):
    raise ValueError('swallowed')
print('after')
