class Config:
    def __init__(self, **kw):
        self._data = kw
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f'no setting {name!r}') from None
c = Config(rate=0.2)
print(c.rate, getattr(c, 'missing', 'default'), hasattr(c, 'rate'))
try:
    c.other
except AttributeError as e:
    print(e)
