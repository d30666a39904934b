class Basket:
    def __init__(self):
        self._items = {}
    def __setitem__(self, k, v):
        self._items[k] = v
    def __getitem__(self, k):
        return self._items[k]
    def __delitem__(self, k):
        del self._items[k]
    def __len__(self):
        return len(self._items)
    def __contains__(self, k):
        return k in self._items
    def __iter__(self):
        return iter(sorted(self._items))
b = Basket()
b['x'] = 1; b['a'] = 2
print(len(b), 'x' in b, list(b), b['a'])
del b['x']
print(len(b), 'x' in b)
