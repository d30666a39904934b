# expect: RS305
result = list(map(str.format, ['{0.__class__}'], [order]))
