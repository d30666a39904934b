# expect: RS201
setattr(__builtins__, 'print', None)
result = 1
