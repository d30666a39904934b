# expect: RS201
try:
    pass
except Exception as compile:
    pass
result = compile
