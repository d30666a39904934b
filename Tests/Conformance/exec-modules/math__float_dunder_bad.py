import math
class Bad:
    def __float__(self): return 1
math.sqrt(Bad())
