import math
try:
    math.floor(math.nan)
except ValueError as e:
    print("ValueError:", e)
math.ceil(-math.inf)
