# expect: RS201
if (globals := 1):
    result = globals
