print(len('héllo'), len([1, [2, 3]]), len({'a': 1}), min('bca'), max([3, 9, 2]), min(4, 2, 8), max('apple', 'fig', key=len), min([], default='empty'))
