a = [1, 2]
b = {'x': 1}
print([*a, *a, 3], {*a, 3}, {**b, 'y': 2}, (*a,))
print(max(*a, 0), dict(**b, z=3))
