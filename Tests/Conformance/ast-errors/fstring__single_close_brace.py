f'x}'
