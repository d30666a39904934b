# expect: RS203
import functools
set_it = functools.partial(setattr, order)
result = set_it('__class__', object)
