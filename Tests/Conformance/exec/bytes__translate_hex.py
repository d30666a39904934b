# translate/maketrans, fromhex and hex with separators.
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], bytearray.maketrans(b'a', b'b')[97])
print(b'aabbcc'.translate(table), b'aabbcc'.translate(table, b'b'), b'abc'.translate(None, b'ac'))
print(bytearray(b'cab').translate(table), b'hello'.translate(None, delete=b'l'))
print(bytes.fromhex('deadbeef'), bytes.fromhex(' 01 02  0a\tFF\n'), bytes.fromhex(''), bytearray.fromhex('4142'))
print(type(bytearray.fromhex('00')).__name__, b''.fromhex('41'))
data = b'\x01\x02\x03\x04\x05'
print(data.hex(), data.hex(':'), data.hex(':', 2), data.hex(':', -2), data.hex(b'-', 3), data.hex('_', 0))
print(data.hex(sep=' ', bytes_per_sep=1), data.hex(' ', 10), b''.hex(':'), bytearray(b'\xff\x00').hex('|'))
print(bytearray(data).hex(':', -3))
for bad in [lambda: b'a'.translate(b'a'), lambda: bytes.maketrans(b'a', b'bc'), lambda: bytes.maketrans('a', 'b'),
            lambda: bytes.fromhex('a'), lambda: bytes.fromhex('zz'), lambda: bytes.fromhex('0 1'),
            lambda: bytes.fromhex('012'), lambda: bytes.fromhex(b'a'), lambda: b'a'.hex('::'),
            lambda: b'a'.hex(b'\xff'), lambda: b'a'.hex(5), lambda: b'a'.translate(None, 'a'),
            lambda: bytearray.fromhex('1g')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
