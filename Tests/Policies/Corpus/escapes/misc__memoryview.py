# expect: RS201
result = memoryview(b'abc')
