# expect: RS301
def peek(o):
    return ag2('__class__')(o)

from operator import attrgetter as ag2
result = peek(order)
