# expect: RS201
loader = lambda __import__: __import__('os')
result = loader
