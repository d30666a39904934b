# bytes % args: %s/%b take bytes-like objects, %r/%a give ascii(repr), numbers as for str.
print(b'%d-%s-%r-%x' % (5, b'ab', b'c', 255))
print(b'%b|%5s|%-5b|' % (b'x', bytearray(b'yz'), b'q'))
print(b'%c%c' % (65, b'B'), b'%a' % ('\xe9',), b'%r' % 'x')
print(b'%05.1f %+d %o %X %e' % (3.14159, 7, 8, 255, 12345.678))
print(b'%(name)s=%(v)d' % {b'name': b'k', b'v': 3})
print(bytearray(b'<%s>') % b'in', b'100%%' % ())
class B:
    def __bytes__(self):
        return b'custom'
print(b'[%s]' % B())
for bad in [lambda: b'%s' % 'str', lambda: b'%b' % 1, lambda: b'%c' % 256, lambda: b'%c' % 'a',
            lambda: b'%c' % b'ab', lambda: b'abc' % 1, lambda: b'%d %d' % (1,), lambda: b'%d' % b'1',
            lambda: b'%z' % 1]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
