try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError("a") from 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
