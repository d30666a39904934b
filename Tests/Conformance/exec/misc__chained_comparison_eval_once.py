def v(x):
    print("v", x)
    return x
print(v(1) < v(2) < v(3), v(3) < v(2) < v(1))
print(1 < 2 > 0, 1 == 1.0 == True, "a" < "b" <= "b")
