f'{a!=b}'
f'{a != b!r}'
f'{not a}'
f'{a==b:>5}'
