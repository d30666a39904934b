# Argument-count and keyword errors of bytes/bytearray methods use CPython's exact words.
tests = [
 lambda: b'a'.split(b'a', 1, 2), lambda: b'a'.strip(b'a', 1), lambda: b'a'.partition(), lambda: b'a'.replace(b'a'),
 lambda: b'a'.join(), lambda: b'a'.center(), lambda: b'a'.ljust(1, b'a', 2), lambda: b'a'.zfill(), lambda: b'a'.expandtabs(1, 2),
 lambda: b'a'.splitlines(True, 1), lambda: b'a'.removeprefix(), lambda: b'a'.startswith(), lambda: b'a'.endswith(b'a', 1, 2, 3),
 lambda: b'a'.hex(':', 1, 2), lambda: b'a'.translate(), lambda: bytes.maketrans(b'a'), lambda: bytes.fromhex(), lambda: b'a'.title(1),
 lambda: bytearray(b'a').append(), lambda: bytearray(b'a').extend(), lambda: bytearray(b'a').remove(), lambda: bytearray(b'a').clear(1),
 lambda: bytearray(b'a').copy(1), lambda: bytearray(b'a').reverse(1), lambda: b'a'.strip(chars=b'a'),
 lambda: b'a'.replace(b'a', b'b', count=1), lambda: b'a'.isalpha(1), lambda: b'a'.expandtabs(tabsize='x'), lambda: b'a'.center(2**70),
 lambda: b'a'.find(b'a', 2**70), lambda: b'a'.split(maxsplit=2**70), lambda: b'a b'.split(None, -5), lambda: b'a'.rsplit(b'', 1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
for t in [lambda: b'a'.split(foo=1), lambda: b'a'.rsplit(x=1), lambda: b'a'.splitlines(k=1), lambda: b'a'.hex(s=1),
          lambda: b'a'.expandtabs(t=1), lambda: b'a'.translate(None, d=1), lambda: bytearray(b'a').split(q=1)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
