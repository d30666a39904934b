# expect: RS201
result = [n for n in dir(order) if n.startswith('_')]
