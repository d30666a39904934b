print(int('0x1f', 16), int('101', 2), float('1e3'), str(12.0), bool('False'), list('abc'), tuple([1, 2]), set('aab') == {'a', 'b'})
print(chr(65), ord('A'), hex(255), oct(8), bin(5), repr('it\'s'), ascii('é'))
