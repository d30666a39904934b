# CPython 3.12 (and 3.13.0) cut the debug text of '{a!=b=}' at the '!': the literal is 'a'.
f'{a!=b=}'
f'{x != y = }'
