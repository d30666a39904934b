import math
math.trunc("3")
