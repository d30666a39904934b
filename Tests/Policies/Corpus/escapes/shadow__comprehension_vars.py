# expect: RS201
result = [vars for vars in range(3)]
