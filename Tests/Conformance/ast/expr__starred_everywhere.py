*a, = b
print(*args)
x = *a, *b
[*range(3), 4]
{*x}
for x in *a, b: pass
