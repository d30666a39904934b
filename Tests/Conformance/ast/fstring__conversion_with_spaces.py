f'{ x }'
f'{ x !r}'
f'{x!r }'
f'{  x  :  >10}'
