# expect: RS201
c = compile
result = c('1', 'x', 'eval')
