# bytes and bytearray compare by content with each other, in both directions.
a, b = b'ab', bytearray(b'ab')
print(a == b, b == a, a != b, b != a)
print(b'ab' < bytearray(b'b'), bytearray(b'ab') < b'b', bytearray(b'a') >= b'a', b'abc' > bytearray(b'ab'))
print(bytearray(b'x') <= bytearray(b'x'), bytearray(b'') < b'\x00')
print(sorted([bytearray(b'b'), b'a', bytearray(b'c'), b'bb']))
print(b'ab' == 'ab', bytearray(b'ab') == 'ab', b'' == bytearray(), [b'x'] == [bytearray(b'x')])
print(b'ab' in [bytearray(b'ab')], bytearray(b'q') in (b'q',), {b'k': 1}.get(b'k'))
print(hash(b'abc') == hash(b'abc'), max(b'az', bytearray(b'b')))
for bad in [lambda: b'a' < 'a', lambda: bytearray(b'a') > 1, lambda: b'a' <= [97], lambda: hash(bytearray(b'a'))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
