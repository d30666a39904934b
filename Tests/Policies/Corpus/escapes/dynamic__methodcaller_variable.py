# expect: RS303
import operator
result = operator.methodcaller(method_name)(order)
