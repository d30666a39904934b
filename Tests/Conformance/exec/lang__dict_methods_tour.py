d = {'a': 1}
d.setdefault('b', []).append(2)
d.update(c=3, a=10)
print(d, d.pop('c'), d.pop('zz', 'none'), d.get('q'))
print(list(d.keys()), list(d.values()), d.popitem(), d)
print(dict.fromkeys('xy', 0), {**d} == d)
