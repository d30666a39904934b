# expect: RS303
result = getattr(order, '__cl' + 'ass__')
