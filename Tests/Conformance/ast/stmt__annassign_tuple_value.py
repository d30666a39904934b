x: tuple = 1, 2
y: int = *a, *b
