# bytearray repetition (also in place, keeping aliases), containment, concatenation.
ba = bytearray(b'ab')
alias = ba
print(ba * 3, 2 * ba, ba * 0, ba * -1, type(ba * 2).__name__)
ba *= 2
print(ba, alias, ba is alias)
ba += b'!'
print(alias)
print(b'ba' in ba, 97 in ba, 120 in ba, b'' in ba, bytearray(b'b!') in ba, b'zz' in ba)
print(ba + b'x', b'x' + ba, type(b'x' + ba).__name__, type(ba + b'x').__name__)
for bad in [lambda: ba * 'x', lambda: 300 in ba, lambda: 'a' in ba, lambda: ba + 'x']:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
