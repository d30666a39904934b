# expect: RS301
from operator import attrgetter as ag
result = ag('__class__')(order)
