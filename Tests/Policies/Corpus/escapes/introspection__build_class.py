# expect: RS201
result = __build_class__(lambda: None, 'X')
