x = 10 ** 5000
try:
    s = str(x)
except ValueError as e:
    print(e)
try:
    int("1" * 5000)
except ValueError as e:
    print(e)
