class P:
    x = "class"
p = P()
print(p.x)
p.x = "instance"
print(p.x, P.x, p.__dict__)
del p.x
print(p.x, "x" in P.__dict__)
