# expect: RS201
exec('import os')
result = 1
