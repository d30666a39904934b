[y for x in data if (y := f(x))]
any((w := x) > 2 for x in xs)
