# find/rfind/index/rindex/count with bytes or int needles and start/end.
s = b'abracadabra'
print(s.find(b'bra'), s.rfind(b'bra'), s.find(b'zz'), s.rfind(b'zz'))
print(s.find(97), s.rfind(97), s.find(ord('c')), s.count(97))
print(s.find(b'a', 1), s.find(b'a', 1, 3), s.find(b'a', -4), s.rfind(b'a', 0, -1))
print(s.find(b'', 11), s.find(b'', 12), s.rfind(b''), s.find(b'', 5, 2))
print(s.count(b'a'), s.count(b'bra'), s.count(b''), s.count(b'', 3, 5), s.count(b'', 20), s.count(b'a', None, 4))
print(b'aaaa'.count(b'aa'), b'aaaa'.find(bytearray(b'aa'), 1))
print(s.index(b'c'), s.rindex(b'a'), s.index(100, 2, 7))
print(bytearray(s).find(b'cad'), bytearray(s).count(bytearray(b'a')), bytearray(s).rindex(114))
print(s.startswith(b'abra'), s.startswith(b'bra', 1), s.startswith((b'x', b'ab')), s.startswith(b'', 11), s.startswith(b'', 12))
print(s.endswith(b'bra'), s.endswith(b'cad', 0, 7), s.endswith((bytearray(b'ra'),)), bytearray(s).endswith(b'a', -1))
print(b'a' in s, 98 in s, b'' in s, b'zz' in s)
for bad in [lambda: s.index(b'z'), lambda: s.rindex(b'z', 3), lambda: s.find('a'), lambda: s.find(300),
            lambda: s.find(-1), lambda: s.count(), lambda: s.count(b'a', 1, 2, 3), lambda: s.find(b'a', 'x'),
            lambda: s.startswith('a'), lambda: s.startswith(('a',)), lambda: s.endswith(1),
            lambda: bytearray(s).index(b'q')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
