# bytes.split/rsplit/strip: whitespace is ASCII only, results keep the receiver's type.
data = b'  alpha\tbeta\n gamma\x0b\x0cdelta\x1c\xa0 '
print(data.split())
print(data.rsplit())
print(data.split(None, 1))
print(data.rsplit(None, 2))
print(b'a,b,,c,'.split(b','))
print(b'a,b,,c,'.split(b',', 2))
print(b'a,b,,c,'.rsplit(b',', 2))
print(b'a::b::c'.split(b'::'), b'a::b::c'.rsplit(maxsplit=1, sep=b'::'))
print(b''.split(), b''.split(b','), b'   '.split(), b'   '.rsplit(None, 0))
print(bytearray(b'x y  z').split(), bytearray(b'x-y').split(bytearray(b'-')))
print(b'a-b'.split(bytearray(b'-')))
print(b'  hi  '.strip(), b'  hi  '.lstrip(), b'  hi  '.rstrip())
print(b'\x1chi\x1c'.strip(), b'\t\r\nhi\x0b\x0c'.strip())
print(b'xxhixy'.strip(b'xy'), b'xxhixy'.lstrip(b'x'), b'xxhixy'.rstrip(bytearray(b'y')))
print(b'abc'.strip(None), bytearray(b'  q ').strip(), type(bytearray(b' q').lstrip()).__name__)
for bad in [lambda: b'a b'.split('a'), lambda: b'ab'.split(b''), lambda: b'ab'.rsplit(b''),
            lambda: b'ab'.strip('a'), lambda: b'ab'.split(maxsplit='x'), lambda: b'ab'.lstrip(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
