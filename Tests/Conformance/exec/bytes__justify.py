# center/ljust/rjust/zfill/expandtabs on bytes and bytearray.
for w in range(0, 8):
    print(w, b'x'.center(w, b'-'), b'ab'.center(w, b'*'), b'abc'.ljust(w, b'.'), b'abc'.rjust(w))
print(bytearray(b'mid').center(9, bytearray(b'=')), type(bytearray(b'a').ljust(3)).__name__)
print(b'42'.zfill(5), b'-42'.zfill(6), b'+7'.zfill(4), b''.zfill(3), b'abc'.zfill(2), b'-'.zfill(3))
print(bytearray(b'-1').zfill(4))
print(b'a\tb\tc'.expandtabs(), b'a\tbc\tdef\tg'.expandtabs(4), b'ab\tc\nx\ty\r\tz'.expandtabs(3))
print(b'a\tb'.expandtabs(0), b'a\tb'.expandtabs(-1), b'\t'.expandtabs(tabsize=2), bytearray(b'\tq').expandtabs(1))
for bad in [lambda: b'a'.center(5, 'x'), lambda: b'a'.center(5, b'xy'), lambda: b'a'.ljust(5, 1),
            lambda: b'a'.rjust('5'), lambda: b'a'.zfill('a'), lambda: b'a'.expandtabs('a'),
            lambda: b'a'.center(), lambda: b'a'.zfill(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
