'a' f'{b}' 'c'
f'{x}' f'{y}'
'plain' f'' 'x'
f'a' 'b'
