import math
for f, args in [(math.sqrt, ()), (math.sqrt, (1, 2)), (math.pow, (1,)), (math.atan2, (1,)), (math.copysign, (1, 2, 3)), (math.floor, ())]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    math.sqrt(x=1)
except TypeError as e:
    print(e)
