# bytearray's mutating methods, item and slice assignment, +=.
ba = bytearray(b'hello')
ba.append(33); print(ba)
ba.extend(b' wo'); ba.extend([114, 108]); ba.extend(bytearray(b'd')); ba.extend(range(49, 51)); print(ba)
ba.insert(0, 62); ba.insert(-1, 95); ba.insert(100, 60); print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('o')); print(ba)
c = ba.copy(); c.reverse(); print(c, ba)
ba[0] = 72; ba[-1] = 50; print(ba)
ba[1:3] = b'EY'; print(ba)
ba[0:0] = [1, 2]; print(ba)
ba[::2] = bytes(len(ba[::2])); print(ba)
del ba[0]; del ba[1:3]; del ba[::3]; print(ba)
ba[2:] = bytearray(b'!'); print(ba)
ba += b'++'; ba += bytearray(b'--'); print(ba)
ba.clear(); print(ba, len(ba))
for bad in [lambda: bytearray().pop(), lambda: bytearray(b'a').pop(5), lambda: bytearray(b'a').remove(5),
            lambda: bytearray(b'a').remove(300), lambda: bytearray(b'a').insert(0, 300),
            lambda: bytearray(b'a').append('a'), lambda: bytearray(b'a').append(256),
            lambda: bytearray().extend('ab'), lambda: bytearray().extend(5), lambda: bytearray().extend([300]),
            lambda: bytearray(b'a').pop(1, 2), lambda: bytearray(b'a').insert(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
def setslice(target, value):
    b = bytearray(b'abc')
    b[target] = value
    return b
for t, v in [(slice(0, 1), 5), (slice(0, 1), 'x'), (slice(0, 1), [300]), (slice(None, None, 2), b'x'), (5, 1), (0, 256)]:
    try:
        print(setslice(t, v))
    except Exception as e:
        print(type(e).__name__, e)
