"""Generates Engine/Syntax/Resources/unicode-names.txt.gz for \\N{...} escapes from CPython 3.12's
unicodedata (Unicode 15.0). Run with CPython 3.12 at dev time only:
    PYENV_VERSION=3.12.1 python3 tools/gen_unicode_names.py
Format (text, gzip'd): lines 'R;PREFIX;FIRST;LAST' for names computed as PREFIX + hex code point
(CJK UNIFIED IDEOGRAPH-4E00 ...), then 'NAME;HEX' for every other named code point."""
import gzip, os, re, unicodedata
out = os.path.join(os.path.dirname(__file__), '..', 'Engine', 'Syntax', 'Resources', 'unicode-names.txt.gz')
ranges, names = [], []
cur = None
for cp in range(0x110000):
    n = unicodedata.name(chr(cp), None)
    if n is None:
        continue
    m = re.fullmatch(r'(.*-)([0-9A-F]{4,6})', n)
    if m and int(m.group(2), 16) == cp:
        prefix = m.group(1)
        if cur and cur[0] == prefix and cur[2] == cp - 1:
            cur[2] = cp
        else:
            cur = [prefix, cp, cp]
            ranges.append(cur)
        continue
    names.append('%s;%X' % (n, cp))
lines = ['R;%s;%X;%X' % tuple(r) for r in ranges] + names
with gzip.open(out, 'wt', encoding='ascii', compresslevel=9) as f:
    f.write('\n'.join(lines) + '\n')
print(len(ranges), 'ranges', len(names), 'names', os.path.getsize(out), 'bytes')
