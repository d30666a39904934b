# Scaling a recipe: quantities stay exact and print as mixed numbers.
from fractions import Fraction as F


def mixed(q):
    whole, part = divmod(q, 1)
    if part == 0:
        return str(whole)
    return f"{whole} {part}" if whole else str(part)


recipe = [('flour', F('2 1/4'.split()[0]) + F('1/4'), 'cup'), ('sugar', F(2, 3), 'cup'), ('butter', F('0.5'), 'cup'), ('eggs', F(2), ''), ('salt', F(1, 8), 'tsp')]
for servings in [F(1, 2), F(3, 2), 3]:
    print('x', servings)
    for name, qty, unit in recipe:
        print('  ', name, mixed(qty * servings), unit)
print(sorted(q for _, q, _ in recipe), max(recipe, key=lambda r: r[1])[0])
print(sum(q for _, q, u in recipe if u == 'cup'))
