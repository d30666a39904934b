# expect: RS303
import operator
result = operator.attrgetter(field)(order)
