import re

# Bytes patterns and re.ASCII fold ASCII letters only under IGNORECASE.
print(re.match(rb'(?i)\xe9', b'\xc9'), re.match(rb'(?i)[\xe9]', b'\xc9'), re.match(rb'(?i)[\xe0-\xff]+', b'\xe0\xc0'))
print(re.match(rb'(?i)E', b'e'), re.match(rb'(?i)[a-z]+', b'ABC'), re.match(rb'(?i)[a-c\xe9]+', b'AbC\xe9'))
print(re.findall(rb'(?i)caf\xe9', b'CAF\xc9 caf\xe9 Caf\xe9'), re.findall(rb'(?i)[^a-z\xe9]', b'Aa\xe9\xc9!'))
print(re.match('(?ai)é', 'É'), re.match('(?i)é', 'É'), re.match('(?ai)[é]', 'É'), re.match('(?ai)[éa]+', 'AÉ'))
print(re.findall(r'(?i)straße', 'STRASSE Straße'), re.findall(r'(?ia)[k]', 'Kk\u212a'), re.findall(r'(?i)[k]', 'Kk\u212a'))
print(re.sub(rb'(?i)total', b'SUM', b'Total: 5, TOTAL: 7'), re.split(rb'(?i)x', b'1X2x3'))
print(re.compile(rb'abc', re.I).flags, re.compile(rb'(?i:\xe9)x').match(b'\xc9x'), re.compile(rb'(?i:e)x').match(b'Ex'))
print(re.findall(rb'(?i)k+s?', b'kKk sS KS'), re.findall(rb'(?i)\xe9{2}|x*?y', b'\xe9\xe9 \xc9\xe9 xxy'), re.fullmatch(r'(?ai)ok\w+', 'OKay'))
