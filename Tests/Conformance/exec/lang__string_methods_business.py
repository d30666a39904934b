code = '  ab-1234-XY  '
c = code.strip().upper()
print(c, c.split('-'), c.startswith('AB'), c.endswith(('XY', 'ZZ')), c.replace('-', ''), c.count('-'))
print('-'.join(reversed(c.split('-'))), c.lower().title(), c.zfill(15), c.center(16, '*'))
