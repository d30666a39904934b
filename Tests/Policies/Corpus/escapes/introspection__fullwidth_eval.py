# expect: RS201
result = ｅｖａｌ('1 + 1')
