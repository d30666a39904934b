import math
print([math.factorial(n) for n in range(12)])
print(math.factorial(30))
print(len(str(math.factorial(1000))), math.factorial(True))
for x in [-1, 1.5, "3", 10**20]:
    try:
        math.factorial(x)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
