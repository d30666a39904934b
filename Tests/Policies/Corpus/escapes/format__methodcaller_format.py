# expect: RS305
import operator
result = operator.methodcaller('format', order)('{0.__class__}')
