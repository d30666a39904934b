f'{x}
