# expect: RS301
result = order.__ｃｌａｓｓ__
