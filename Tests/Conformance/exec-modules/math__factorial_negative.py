import math
math.factorial(-5)
