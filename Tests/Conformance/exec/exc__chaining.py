def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad value") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("inner")
except TypeError as e:
    print(repr(e.__context__))
