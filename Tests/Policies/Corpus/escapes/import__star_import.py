# expect: RS407
from math import *
result = sqrt(2)
