not a == b
a is not None is not b
x not in y in z
