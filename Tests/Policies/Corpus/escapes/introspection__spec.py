# expect: RS201
result = __spec__.loader
