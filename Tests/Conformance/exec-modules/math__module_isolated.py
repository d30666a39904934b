import math
math.pi = 3
print(math.pi)
import math as m2
print(m2 is math, m2.pi, math.__name__)
from math import sqrt, pi as PI
print(sqrt(16), PI)
print(type(math).__name__, type(math.sqrt).__name__)
