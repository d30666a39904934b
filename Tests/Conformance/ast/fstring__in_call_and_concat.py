print(f'{a}' 'b' f'{c}')
log(f'value={v:.3f}', f"{k!r}")
