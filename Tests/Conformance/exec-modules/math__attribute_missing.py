import math
print(math.floor(2.5))
math.squareroot(4)
