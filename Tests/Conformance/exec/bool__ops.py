print(True + True, True * 3, False - 1, True & False, True | False, True ^ True, ~True)
print(bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool({}), bool(None), bool(0.0))
print(not 1, not 0, 1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and 1)
print(isinstance(True, int), True == 1, hash(True) == hash(1), True is True)
