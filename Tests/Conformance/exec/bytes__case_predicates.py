# Case mapping and predicates on bytes are ASCII only: bytes >= 0x80 are never letters.
s = b'hello World \xe9\xc9 42'
print(s.upper(), s.lower(), s.swapcase())
print(s.capitalize(), b'hELLO wORLD'.capitalize(), s.title(), b"they're bill's".title())
print(bytearray(b'MiXeD').lower(), bytearray(b'MiXeD').swapcase(), type(bytearray(b'a').upper()).__name__)
for v in [b'', b'abc', b'ABC', b'Abc', b'Abc Def', b'abc1', b'123', b' \t\n', b'\xe9', b'A1 B2', b'\x7f', b'aB', b'Hello World', b'HELLO world']:
    print(v, v.isalpha(), v.isdigit(), v.isalnum(), v.isspace(), v.isupper(), v.islower(), v.istitle(), v.isascii())
print(bytearray(b'Title Case').istitle(), bytearray(b'abc').isalpha(), bytearray(b'\x80').isascii())
print(b'\x1c\x1d'.isspace(), b'\x0b\x0c\r'.isspace())
for bad in [lambda: b'a'.upper(1), lambda: bytearray(b'a').isalpha(2), lambda: b'a'.lower(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
