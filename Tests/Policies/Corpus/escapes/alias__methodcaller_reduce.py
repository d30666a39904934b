# expect: RS301
import operator
result = operator.methodcaller('__reduce__')(order)
