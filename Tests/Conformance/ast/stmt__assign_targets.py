a.b = 1
a[0] = 2
a[1:2] = []
a.b.c[d].e = f
*a, b = c
a, *b, c = d
[*a] = b
