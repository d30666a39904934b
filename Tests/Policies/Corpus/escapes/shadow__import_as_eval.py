# expect: RS201
import math as eval
result = eval.sqrt(4)
