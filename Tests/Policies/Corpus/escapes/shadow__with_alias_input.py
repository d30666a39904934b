# expect: RS201
with context() as input:
    result = input()
