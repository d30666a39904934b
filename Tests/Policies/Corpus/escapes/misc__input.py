# expect: RS201
result = input('value? ')
