# expect: RS301
import operator as op
result = op.attrgetter('__globals__')(order.total)
