try:
    int('abc')
except ValueError as e:
    print(e, e.args, repr(e), str(e) == e.args[0])
try:
    {'a': 1}['b']
except KeyError as e:
    print(e, repr(e))
