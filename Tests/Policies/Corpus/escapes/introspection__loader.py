# expect: RS201
result = __loader__.load_module('os')
