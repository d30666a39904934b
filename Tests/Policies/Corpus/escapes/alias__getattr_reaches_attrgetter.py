# expect: RS203
import operator
ag = getattr(operator, 'attrgetter')
result = ag('__class__')(order)
