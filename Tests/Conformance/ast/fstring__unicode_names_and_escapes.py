f'\N{GREEK SMALL LETTER ALPHA}{x}\N{EM DASH}'
f'{x}\u20ac\x41\101'
rf'\N{x}'
