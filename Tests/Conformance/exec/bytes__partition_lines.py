# partition/rpartition, splitlines, join, replace, removeprefix/removesuffix.
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='))
print(b'novalue'.partition(b'='), b'novalue'.rpartition(b'='))
print(bytearray(b'a::b').partition(b'::'), b'a::b'.rpartition(bytearray(b'::')))
print(b'one\ntwo\r\nthree\rfour\n\nfive'.splitlines())
print(b'one\ntwo\r\nthree\rfour\n\nfive'.splitlines(True))
print(b'a\x0bb\x0cc\x1cd'.splitlines(), b''.splitlines(), b'\n'.splitlines(), b'x\n'.splitlines(keepends=True))
print(bytearray(b'l1\nl2').splitlines())
print(b', '.join([b'a', bytearray(b'b'), b'c']), b''.join([]), bytearray(b'-').join((b'x', b'y')), b'.'.join(iter([b'q'])))
print(b'aXbXc'.replace(b'X', b'--'), b'aXbXc'.replace(b'X', b'', 1), b'ab'.replace(b'', b'.'), b'ab'.replace(b'', b'.', 2))
print(b'aaa'.replace(b'a', b'b', 0), b'aaa'.replace(b'a', b'b', -1), bytearray(b'xyx').replace(b'x', bytearray(b'Z')))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body'.removeprefix(b'x'), b'body.py'.removesuffix(b'.py'), b'a'.removesuffix(b''))
print(bytearray(b'abc').removeprefix(b'a'), bytearray(b'abc').removesuffix(bytearray(b'c')))
for bad in [lambda: b'a'.partition(b''), lambda: b'a'.rpartition('a'), lambda: b'.'.join([b'a', 'b']),
            lambda: b'.'.join([1]), lambda: b'a'.replace('a', b'b'), lambda: b'a'.replace(b'a'),
            lambda: b'a'.removeprefix('a'), lambda: b'a'.splitlines(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
