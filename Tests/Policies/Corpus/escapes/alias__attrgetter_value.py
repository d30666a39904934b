# expect: RS203
import operator
ag = operator.attrgetter
result = ag('total')(order)
