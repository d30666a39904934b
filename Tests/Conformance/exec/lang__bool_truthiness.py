for v in (0, 1, '', 'a', [], [0], {}, {'k': 0}, None, 0.0, -0.0, set(), (), (None,)):
    print(repr(v), bool(v))
print(True + True, True * 3, False == 0, isinstance(True, int))
