import re

data = b'caf\xe9 na\xefve 42 \xa0x_y'
print(re.findall(rb'\w+', data))
print(re.findall(rb'\W+', data))
print(re.findall(rb'\s', data), re.findall(rb'\S+', b'a\xa0b'))
print(re.findall(rb'\d', b'1\xb2\xb33'), re.findall(rb'\D+', b'1ab2'))
print(re.findall(rb'\b\w', b'ab \xe9cd e'), re.findall(rb'\B\w', b'abc'))
print(re.findall(rb'[\w]+', data), re.findall(rb'[^\w\s]+', data))
print(re.findall('\\w+', data.decode('latin-1')))
print(re.match(rb'.', b'\n'), re.match(rb'(?s).', b'\n'), re.findall(rb'^\w', b'a\nb', re.M))
print(re.findall(rb'[\x80-\xff]', data))
print(re.fullmatch(rb'[ -~]*', b'printable ascii!') is not None, re.fullmatch(rb'[ -~]*', b'caf\xe9') is None)
print(re.sub(rb'[^\x00-\x7f]', b'?', data))
