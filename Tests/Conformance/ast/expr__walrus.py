if (n := len(a)) > 10: pass
while chunk := f.read(): pass
[y := f(x), y**2]
print(x := 1)
f(a, b := 2)
{(y := 1): 2}
x[(y := 1)]
(z := 3)
