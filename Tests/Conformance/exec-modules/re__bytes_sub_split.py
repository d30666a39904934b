import re

print(re.findall(rb'\d+', b'a1b22c333'), re.findall(rb'(\d)(\w)', b'1a2b'), re.findall(rb'(\d)', b'x9y8'))
print(re.split(rb'[,;]\s*', b'a, b;c'), re.split(rb'(-)', b'1-2-3', maxsplit=1), re.split(rb'x*', b'axb'))
print(re.sub(rb'\d', b'#', b'a1b2'), re.subn(rb'(\d)', rb'<\1>', b'a1b2'))
print(re.sub(rb'\d', lambda m: m.group() * 2, b'a1b2'), re.sub(rb'x', rb'\g<0>\g<0>', b'axb'))
print(re.sub(rb'(?P<k>\w+)=(?P<v>\w+)', rb'\g<v>=\g<k>', b'a=1 b=2'), re.sub(rb'z', b'', b'abc'))
print(re.sub(rb'a', b'\\n', b'cat'), re.sub(rb'\s+', b' ', b'many   spaces\there'))
print(re.sub(rb'\d', b'#', bytearray(b'a1')), re.subn(rb'\d', b'', b'a1b2c3', count=2))
print([m.group() for m in re.finditer(rb'[A-Z]\w*', b'Hello big World')])
print([m.span() for m in re.finditer(rb'\s', b'a b\tc')])

# A CSV-ish record in bytes, as read from a payment file.
record = b'ACME;2024-03-01;  1,250.00 ;EUR'
fields = [re.sub(rb'^\s+|\s+$', b'', f) for f in re.split(rb';', record)]
amount = re.sub(rb'[^\d.]', b'', fields[2])
print(fields, amount, float(amount.decode('ascii')))
date = re.fullmatch(rb'(\d{4})-(\d{2})-(\d{2})', fields[1])
print([int(g) for g in date.groups()])
print(re.sub(rb'(\w+)', lambda m: m.group(1)[::-1] + b'.', b'abc def'))
